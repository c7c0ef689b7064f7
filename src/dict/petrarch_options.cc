#include "dict/petrarch_options.h"

#include <charconv>
#include <string>

#include "dict/dict_text.h"

namespace tacitus {
namespace {

Status BadValue(std::string_view name, std::string_view value, std::string_view want) {
  return Status::InvalidArgument(std::string(name) + ": '" + std::string(value) + "' is not " +
                                 std::string(want));
}

}  // namespace

Status ApplyPetrarchOption(std::string_view name, std::string_view value,
                           PetrarchOptions* options) {
  const std::string key = Lower(Trim(name));
  const std::string v = Lower(Trim(value));
  if (key == "require_dyad") {
    // Python's ConfigParser.getboolean, which PETRARCH reads its options with.
    if (v == "true" || v == "yes" || v == "on" || v == "1") {
      options->require_dyad = true;
    } else if (v == "false" || v == "no" || v == "off" || v == "0") {
      options->require_dyad = false;
    } else {
      return BadValue(key, Trim(value), "True or False");
    }
    return Status::Ok();
  }
  TabariOptions::Comma& c = options->comma;
  int* target = key == "new_actor_length" ? &options->new_actor_length
                : key == "comma_min"      ? &c.min
                : key == "comma_max"      ? &c.max
                : key == "comma_bmin"     ? &c.bmin
                : key == "comma_bmax"     ? &c.bmax
                : key == "comma_emin"     ? &c.emin
                : key == "comma_emax"     ? &c.emax
                                          : nullptr;
  if (!target) return Status::Ok();
  int n = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (ec != std::errc() || end != v.data() + v.size() || n < 0)
    return BadValue(key, Trim(value), "a number of words");
  *target = n;
  return Status::Ok();
}

}  // namespace tacitus
