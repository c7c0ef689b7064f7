// ASCII character classes, inline: the "C" locale's answers (<cctype> without a library
// call per byte; Tacitus never sets a locale). Bytes >= 0x80 are in no class.
//
//   IsAsciiUpper('Q') -> true     IsAsciiAlnum(0xC3) -> false     AsciiLower('Q') -> 'q'
//   AsciiUpper('q') -> 'Q'        AsciiUpper('\xC3') -> '\xC3'
#ifndef TACITUS_BASE_ASCII_H_
#define TACITUS_BASE_ASCII_H_

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

}  // namespace tacitus

#endif  // TACITUS_BASE_ASCII_H_
