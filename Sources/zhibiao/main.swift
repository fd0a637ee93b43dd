import ZhibiaoShell

import Glibc

let status = Shell(options: ShellOptions(loadPaths: ["Samples"])).run()
exit(status)
