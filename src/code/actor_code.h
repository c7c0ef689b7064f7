// ActorCode: an actor's CAMEO code ("USAGOV", "IGOUNOKID", "---GOV") held in place, so that
// the coder copies, moves and destroys its actors as plain bytes: a sentence's analysis copies
// actors into phrases, subjects, matches, the article's memory and back, and a std::string
// code made each copy a call and each destruction a test.
//
//   ActorCode code("USAGOV");  // the six bytes are copied into the code
//   code.size() == 6, code.substr(0, 3) == "USA", code == "USAGOV", std::string(code)
//
// Contract: a code of up to kInline bytes (every code of the built-in dictionaries: at most
// nine) is copied into the object. A longer one (a peer's coded compound "FRO/BIL/SAM/...",
// PETRARCH's quoted new actors) is not copied: the code views it, so that text must outlive
// the code and all its copies - a dictionary's code, a literal, or a text the article keeps
// (the coder's Discourse::Code makes codes of built texts that way). A code made from part of
// another code (`substr`) is safe either way: a short part is copied, a long one views the
// same text. A temporary std::string is refused at compile time for that reason.
//
// Views (`view`, `substr`, `data`) of a short code point into the object, as a short
// std::string's do: they last while the object stays where it is. Trivially copyable; a value
// type, not synchronized.
#ifndef TACITUS_CODE_ACTOR_CODE_H_
#define TACITUS_CODE_ACTOR_CODE_H_

#include <cstdint>
#include <cstring>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>

namespace tacitus {

class ActorCode {
 public:
  static constexpr size_t kInline = 15;
  static constexpr size_t npos = std::string_view::npos;

  ActorCode() = default;
  // Copies `text` when it has at most kInline bytes, else views it (see above).
  explicit ActorCode(std::string_view text) { Assign(text); }
  explicit ActorCode(const char* text) { Assign(text); }
  // A temporary's text would not outlive the code: keep it first (Discourse::Code).
  ActorCode(std::string&&) = delete;
  ActorCode(const std::string&&) = delete;

  const char* data() const {
    if (size_ != kLong) return bytes_;
    const char* p;
    std::memcpy(&p, bytes_, sizeof p);
    return p;
  }
  size_t size() const {
    if (size_ != kLong) return size_;
    uint32_t n;
    std::memcpy(&n, bytes_ + sizeof(const char*), sizeof n);
    return n;
  }
  bool empty() const { return size_ == 0; }
  // Whether the text is held in the object (kInline bytes or fewer), not viewed.
  bool is_inline() const { return size_ != kLong; }

  std::string_view view() const { return std::string_view(data(), size()); }
  operator std::string_view() const { return view(); }  // NOLINT: reads as the text it is

  char operator[](size_t i) const { return data()[i]; }
  char back() const { return data()[size() - 1]; }
  std::string_view substr(size_t pos, size_t n = npos) const { return view().substr(pos, n); }
  size_t find(char c, size_t from = 0) const { return view().find(c, from); }
  size_t find(std::string_view s, size_t from = 0) const { return view().find(s, from); }
  bool starts_with(std::string_view s) const { return view().starts_with(s); }

  void clear() { size_ = 0; }

  friend bool operator==(const ActorCode& a, const ActorCode& b) { return a.view() == b.view(); }
  friend bool operator==(const ActorCode& a, std::string_view b) { return a.view() == b; }
  friend std::ostream& operator<<(std::ostream& os, const ActorCode& c) { return os << c.view(); }
  // Texts that name a code: "holder of " + code.
  friend std::string operator+(std::string text, const ActorCode& c) {
    return text.append(c.view());
  }

 private:
  // size_ for a viewed text; its pointer and its 32-bit size are then in bytes_.
  static constexpr uint8_t kLong = 0xFF;
  static_assert(kInline < kLong && sizeof(const char*) + sizeof(uint32_t) <= kInline);

  void Assign(std::string_view text) {
    if (text.size() <= kInline) {
      text.copy(bytes_, text.size());
      size_ = static_cast<uint8_t>(text.size());
      return;
    }
    const char* p = text.data();
    const uint32_t n = static_cast<uint32_t>(text.size());
    std::memcpy(bytes_, &p, sizeof p);
    std::memcpy(bytes_ + sizeof p, &n, sizeof n);
    size_ = kLong;
  }

  char bytes_[kInline] = {};
  uint8_t size_ = 0;  // 0..kInline, or kLong
};

static_assert(std::is_trivially_copyable_v<ActorCode> && sizeof(ActorCode) == 16);

}  // namespace tacitus

#endif  // TACITUS_CODE_ACTOR_CODE_H_
