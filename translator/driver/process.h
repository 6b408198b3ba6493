// Running external tools (emcc, clang, docker, node) without a shell: the
// argument vector goes to posix_spawnp unchanged, so paths with spaces or
// quotes need no escaping. The link step uses this to run the toolchain and
// `--run` uses it to start the linked program.
#pragma once

#include <string>
#include <vector>

namespace rpyc::driver {

struct ProcessOptions {
  // "NAME=value" entries added to the current environment; an entry
  // replaces a variable of the same name.
  std::vector<std::string> extra_env;
  // true: stdout and stderr are captured into ProcessResult::out/err.
  // false: the child inherits rpyc's stdin, stdout and stderr.
  bool capture = true;
};

struct ProcessResult {
  // false when the program could not be started at all (not found, not
  // executable, ...); `start_error` then holds strerror's text and the
  // other fields are meaningless.
  bool started = false;
  std::string start_error;
  // The exit status; 128 + N when the child was killed by signal N, as
  // shells report it.
  int exit_code = 0;
  std::string out;  // captured stdout (only with capture)
  std::string err;  // captured stderr (only with capture)
};

// Runs argv[0] (looked up in PATH when it has no slash) with `argv` and
// waits for it. Never throws; failures are reported in the result.
ProcessResult RunProcess(const std::vector<std::string>& argv, const ProcessOptions& options = {});

// Quotes one argument for a POSIX shell: unchanged when it only holds
// characters a shell leaves alone, else wrapped in single quotes.
std::string ShellQuote(const std::string& arg);

// The whole command line, quoted, for -v output and error messages.
std::string ShellQuoteCommand(const std::vector<std::string>& argv);

// The last `max_lines` non-empty lines of `text`.
std::vector<std::string> LastLines(const std::string& text, size_t max_lines);

}  // namespace rpyc::driver
