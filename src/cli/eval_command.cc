// tacitus eval: implemented once the scorer lands (src/eval).
#include "cli/commands.h"

namespace tacitus {
std::function<int()> RegisterEval(CLI::App& app) {
  (void)app;
  return [] { return kExitUsage; };
}
}  // namespace tacitus
