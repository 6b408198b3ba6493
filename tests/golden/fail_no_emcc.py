# ENV: RPYC_EMCC=/nonexistent/emcc
# RUN: rpyc -o %t %s
# The wasm link step cannot find emcc (RPYC_EMCC overrides where it is).


def main(argv):
    print('hello')
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# rpyc: error: cannot run `/nonexistent/emcc`: No such file or directory [ToolNotFound]
# rpyc: note: install Emscripten (scripts/install-deps.sh) or set RPYC_EMCC, or use --docker
# exit: 1
