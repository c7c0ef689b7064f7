// lexicon_gen: compiles WordNet into the lexicon table that src/parse embeds.
//
//   lexicon_gen /usr/share/wordnet build/src/parse/lexicon.table
//
// Reads index.{noun,verb,adj,adv} and {noun,verb,adj,adv}.exc through
// Lexicon::LoadWordNet and writes Lexicon::table() (format: top of src/parse/lexicon.cc),
// so the build-time and the run-time readers of WordNet are one piece of code. The output
// is written to a temporary file and renamed, so a failed run never leaves a table that
// looks up to date. Exit status: 0 written, 1 WordNet or the output failed, 2 usage.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

#include "parse/lexicon.h"

// lexicon.cc's Lexicon::BuiltIn() refers to the embedded table, which is what this
// program makes; it never calls BuiltIn(), so an empty table satisfies the linker.
extern "C" const char tacitus_lexicon_table[] = "";
extern "C" const char tacitus_lexicon_table_end[] = "";

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: lexicon_gen WORDNET_DIR OUTPUT\n";
    return 2;
  }
  const std::string dir = argv[1], output = argv[2];
  tacitus::StatusOr<tacitus::Lexicon> lexicon = tacitus::Lexicon::LoadWordNet(dir);
  if (!lexicon.ok()) {
    std::cerr << "lexicon_gen: " << lexicon.status().message() << "\n";
    return 1;
  }
  const std::string temp = output + ".tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out.write(lexicon->table().data(), static_cast<std::streamsize>(lexicon->table().size()));
    out.close();
    if (!out) {
      std::cerr << "lexicon_gen: " << temp << ": cannot write\n";
      std::remove(temp.c_str());
      return 1;
    }
  }
  if (std::rename(temp.c_str(), output.c_str()) != 0) {
    std::cerr << "lexicon_gen: " << output << ": cannot rename " << temp << "\n";
    std::remove(temp.c_str());
    return 1;
  }
  return 0;
}
