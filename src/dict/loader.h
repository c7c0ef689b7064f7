// Loaders for Tacitus's own dictionary format (doc/dictionary-format.md).
//
//   StatusOr<Dictionary> d = LoadBuiltInDictionary();     // embedded dict/**/*.txt
//   StatusOr<Dictionary> d = LoadTacitusDirectory("dict"); // the same, from files
//
// Every bad line is reported as `file:line: message`, followed by the line and a caret
// under the offending field; the loader keeps going so that one run lists every error,
// and fails (Status::Corruption with all messages) if there was any.
#ifndef TACITUS_DICT_LOADER_H_
#define TACITUS_DICT_LOADER_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "dict/dictionary.h"

namespace tacitus {

// Parses one file's text into `dict`, appending error messages to `errors`.
void ParseTacitusFile(std::string_view file_name, std::string_view text, Dictionary* dict,
                      std::vector<std::string>* errors);

// Splits the embedded bundle (see cmake/bundle.cmake) and parses each file.
StatusOr<Dictionary> LoadBuiltInDictionary();
// Parses a bundle string: files separated by lines "\x01<path>".
StatusOr<Dictionary> LoadTacitusBundle(std::string_view bundle);
// Where the built-in dictionary keeps its `word` lines (the bundle's name of dict/words.txt).
inline constexpr std::string_view kBuiltInWordsFile = "dict/words.txt";
// The built-in word classes alone (kBuiltInWordsFile), parsed once on first use: the base
// layer for dictionaries that define no words of a class (the peers'). Thread-safe.
const Dictionary& BuiltInWordClasses();

// Every *.txt under `dir`, recursively, in sorted path order.
StatusOr<Dictionary> LoadTacitusDirectory(const std::string& dir);

// True for a well-formed CAMEO actor code (RUS, RUSGOV, IGOUNO, NGOHRI, IGOWSTNAT...).
bool IsActorCode(std::string_view code);

}  // namespace tacitus

#endif  // TACITUS_DICT_LOADER_H_
