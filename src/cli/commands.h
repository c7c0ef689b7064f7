// The subcommands of the `tacitus` binary. Each registers its flags on a CLI11 app and
// returns the process exit status:
//   0 all input coded; 1 some input was bad and reported; 2 usage error;
//   3 dictionary or configuration error; 4 output could not be written.
#ifndef TACITUS_CLI_COMMANDS_H_
#define TACITUS_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <functional>

namespace tacitus {

inline constexpr int kExitOk = 0;
inline constexpr int kExitBadInput = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitDictionary = 3;
inline constexpr int kExitOutput = 4;

// The help of every subcommand's --dict flag (the specs LoadDictionary accepts).
inline constexpr const char* kDictHelp =
    "Dictionaries: tacitus (built in, the default), tacitus:DIR (Tacitus format files), "
    "tabari:PATH (a TABARI .project file or a directory of .actors/.agents/.verbs/.options) or "
    "petrarch2:PATH (a PETR_config.ini or a directory of PETRARCH-2's standard files)";

// Each returns the action to run when its subcommand was chosen.
std::function<int()> RegisterCode(CLI::App& app);
std::function<int()> RegisterExplain(CLI::App& app);
std::function<int()> RegisterEval(CLI::App& app);
std::function<int()> RegisterDict(CLI::App& app);

}  // namespace tacitus

#endif  // TACITUS_CLI_COMMANDS_H_
