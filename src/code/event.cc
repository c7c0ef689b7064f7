#include "code/event.h"

namespace tacitus {
namespace {

bool IsCountryCode(const std::string& code) {
  if (code.size() < 3) return false;
  std::string p = code.substr(0, 3);
  return p != "IGO" && p != "NGO" && p != "IMG" && p != "MNC";
}

}  // namespace

std::string EventActor::Country() const { return IsCountryCode(code) ? code.substr(0, 3) : ""; }

std::string EventActor::Role() const {
  return IsCountryCode(code) && code.size() >= 6 ? code.substr(3, 3) : "";
}

}  // namespace tacitus
