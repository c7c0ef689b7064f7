// CameoTable: the CAMEO event code table (code, root, quad class, Goldstein value,
// name) and the CAMEO-to-PLOVER mapping, embedded from data/cameo-codes.tsv and
// data/cameo-plover.tsv.
//
//   const CameoCode* c = CameoTable::BuiltIn().Find("051");  // root "05", quad 1, 3.4
//
// Immutable after construction; BuiltIn() is thread-safe.
#ifndef TACITUS_DICT_CAMEO_H_
#define TACITUS_DICT_CAMEO_H_

#include <string>
#include <string_view>
#include <unordered_map>

namespace tacitus {

struct CameoCode {
  std::string code;  // "051", "0312"
  std::string root;  // "05"
  int quad_class = 0;
  double goldstein = 0;
  std::string name;
  std::string plover_event, plover_mode, plover_context;
};

class CameoTable {
 public:
  static const CameoTable& BuiltIn();
  // Parses the two tables (tab-separated, with a header line).
  static CameoTable Parse(std::string_view codes_tsv, std::string_view plover_tsv);

  const CameoCode* Find(std::string_view code) const;
  size_t size() const { return codes_.size(); }
  const std::unordered_map<std::string, CameoCode>& codes() const { return codes_; }

 private:
  std::unordered_map<std::string, CameoCode> codes_;
};

}  // namespace tacitus

#endif  // TACITUS_DICT_CAMEO_H_
