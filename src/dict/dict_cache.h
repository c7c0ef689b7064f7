// A start-up cache of the built-in dictionaries: parsing the 26,000 dictionary lines is most
// of `tacitus code`'s start-up, so the parsed Dictionary is kept in a binary file and read
// back on the next start.
//
//   StatusOr<Dictionary> d = LoadBuiltInDictionaryCached(DefaultDictionaryCacheDir());
//
// The file is named after a key: a hash of the format version, the embedded dictionary
// text's size and the executable's GNU build id (a hash of the whole executable, the text
// included: any rebuild, which may parse differently, gets a fresh cache). It holds the
// entries and the indexes Finish() derives from them, so loading needs no Finish(). It is
// checked (magic, key, length, checksum, every count bounded by the data, every index in
// range) before use; anything wrong, and the dictionaries are parsed as without a cache. Writing is best effort (a temporary file renamed into place): an
// unwritable directory only costs the cache. Without a build id, nothing is cached.
#ifndef TACITUS_DICT_DICT_CACHE_H_
#define TACITUS_DICT_DICT_CACHE_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "base/status.h"
#include "dict/dictionary.h"

namespace tacitus {

// The dictionary's contents and Finish()'s indexes as bytes (a dictionary changed since its
// Finish() is written finished), and back. DeserializeDictionary returns false on truncated
// or inconsistent data; on success the result is as Finish() leaves it. It reads the patterns
// (half the work) on a helper thread that it starts once and that then waits for the next
// call until the process ends; it is thread-safe (a call that finds the helper busy reads
// everything itself). With `checksum`, it also sets *checksum to the data's checksum (the one
// a cache file's header holds), summed by the two threads beside their reading.
std::string SerializeDictionary(const Dictionary& dict);
bool DeserializeDictionary(std::string_view data, Dictionary* dict, uint64_t* checksum = nullptr);

// $TACITUS_CACHE_DIR if set ("" or "off": no cache), else $XDG_CACHE_HOME/tacitus, else
// $HOME/.cache/tacitus, else "" (no cache).
std::string DefaultDictionaryCacheDir();

// The cache file for the built-in dictionaries in `dir`, or "" when caching is off or the
// executable has no build id.
std::string BuiltInDictionaryCachePath(const std::string& dir);

// LoadBuiltInDictionary() through the cache in `dir` ("" for none).
StatusOr<Dictionary> LoadBuiltInDictionaryCached(const std::string& dir);

}  // namespace tacitus

#endif  // TACITUS_DICT_DICT_CACHE_H_
