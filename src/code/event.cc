#include "code/event.h"

namespace tacitus {
namespace {

bool IsCountryCode(std::string_view code) {
  if (code.size() < 3) return false;
  std::string_view p = code.substr(0, 3);
  return p != "IGO" && p != "NGO" && p != "IMG" && p != "MNC";
}

}  // namespace

std::string_view EventActor::Country() const {
  return IsCountryCode(code) ? std::string_view(code).substr(0, 3) : std::string_view();
}

std::string_view EventActor::Role() const {
  return IsCountryCode(code) && code.size() >= 6 ? std::string_view(code).substr(3, 3)
                                                 : std::string_view();
}

}  // namespace tacitus
