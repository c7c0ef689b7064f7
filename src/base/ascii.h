// ASCII character classes, inline: the "C" locale's answers (<cctype> without a library
// call per byte; Tacitus never sets a locale). Bytes >= 0x80 are in no class. And Is(), a
// word compared to a literal.
//
//   IsAsciiUpper('Q') -> true     IsAsciiAlnum(0xC3) -> false     AsciiLower('Q') -> 'q'
//   AsciiUpper('q') -> 'Q'        AsciiUpper('\xC3') -> '\xC3'
//   Is(tok.lower, "said") -> tok.lower == "said"
#ifndef TACITUS_BASE_ASCII_H_
#define TACITUS_BASE_ASCII_H_

#include <cstddef>
#include <cstring>
#include <string_view>

namespace tacitus {

constexpr bool IsAsciiDigit(unsigned char c) { return c >= '0' && c <= '9'; }
constexpr bool IsAsciiUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool IsAsciiLower(unsigned char c) { return c >= 'a' && c <= 'z'; }
constexpr bool IsAsciiAlpha(unsigned char c) { return IsAsciiLower(c | 0x20); }
constexpr bool IsAsciiAlnum(unsigned char c) { return IsAsciiDigit(c) || IsAsciiAlpha(c); }
// Space, \t, \n, \v, \f and \r, as isspace().
constexpr bool IsAsciiSpace(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
constexpr char AsciiLower(char c) {
  return IsAsciiUpper(static_cast<unsigned char>(c)) ? static_cast<char>(c + ('a' - 'A')) : c;
}
constexpr char AsciiUpper(char c) {
  return IsAsciiLower(static_cast<unsigned char>(c)) ? static_cast<char>(c - ('a' - 'A')) : c;
}

// w == lit, inline: with the literal's size known, a size test and a load or two, where
// std::operator== on views is an out-of-line call and a memcmp call at -O2. For the word
// tests the tagger and the coder make of every token; `lit` is a string literal (its last
// byte, the NUL, is not compared).
template <size_t N>
[[gnu::always_inline]] inline bool Is(std::string_view w, const char (&lit)[N]) {
  return w.size() == N - 1 && std::memcmp(w.data(), lit, N - 1) == 0;
}

}  // namespace tacitus

#endif  // TACITUS_BASE_ASCII_H_
