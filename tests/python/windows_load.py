"""tkext.load() against Windows Tcl under Wine, with Windows paths (scripts/windows.sh).

Windows Python cannot run here, so this runs the Python package on Linux and
gives tkext.load() a stand-in for tkinter's tkapp whose every call is evaluated,
word for word as tkinter would pass it, by a Windows tclsh86.exe under Wine
(through request and answer files: Tcl 8.6 under Wine here has no sockets,
and its stdin is no pipe).  load() is told that its Tcl package directory is a
Windows path with a drive letter and backslashes, where the win_amd64 wheel's
tkext/tcl/ was unpacked; the package must then load and work.

Usage: python3 windows_load.py TCLSH.EXE PYTHON_PACKAGE_PARENT WINDOWS_TCL_DIR...
  PYTHON_PACKAGE_PARENT  where the wheel's tkext/ was unpacked (imported from here)
  WINDOWS_TCL_DIR        a C:\\... or Z:\\... spelling of an unpacked tkext\\tcl
Environment: WINEPREFIX (C: is its drive_c), as scripts/wine.sh sets it.
"""
import os
import re
import subprocess
import sys
import tempfile
import time

# Evaluates each request in the global scope: "call <hex of a Tcl list of the
# words>", "split <hex of a string>", "getvar <hex of a name>", "quit"; request
# N is the file req-N in the directory argv, its answer (one line) resp-N.
SERVER = r'''
# (a field is "x" and the hex digits, so an empty string is a field too)
proc hex {s} { return x[binary encode hex [encoding convertto utf-8 $s]] }
proc unhex {h} { encoding convertfrom utf-8 [binary decode hex [string range $h 1 end]] }
proc answer {line} {
    lassign [split $line] op data
    set data [unhex $data]
    switch $op {
        call {
            set code [catch {uplevel #0 [lrange $data 0 end]} result options]
            set errorcode [expr {$code == 1 ? [dict get $options -errorcode] : "NONE"}]
            return "$code [hex $result] [hex $errorcode]"
        }
        split { return [lmap word $data {hex $word}] }
        getvar { return [hex [set ::$data]] }
    }
}
set dir [lindex $argv 0]
for {set n 0} {1} {incr n} {
    set request [file join $dir req-$n]
    while {![file exists $request]} { after 2 }
    set f [open $request]
    set line [read -nonewline $f]
    close $f
    if {$line eq "quit"} break
    set f [open [file join $dir tmp-$n] w]
    fconfigure $f -translation lf
    puts $f [answer $line]
    close $f
    file rename [file join $dir tmp-$n] [file join $dir resp-$n]
}
'''


def tcl_word(value):
    """A Tcl word for VALUE (str or tuple, as tkinter passes them)."""
    if isinstance(value, tuple):
        return '{' + ' '.join(tcl_word(v) for v in value) + '}' if value else '{}'
    text = str(value)
    if text == '':
        return '{}'
    if re.fullmatch(r'[^\s{}\[\]$"\\;#]+', text):
        return text
    if '{' not in text and '}' not in text and not text.endswith('\\'):
        return '{' + text + '}'
    return re.sub(r'([\s{}\[\]$"\\;#])', lambda m: '\\n' if m.group(1) == '\n' else '\\' + m.group(1),
                  text)


def unhex(field):
    """The string a field of the server's answer stands for."""
    return bytes.fromhex(field[1:]).decode('utf-8')


class WineTkapp:
    """The three tkapp methods tkext.load() uses, answered by Windows Tcl."""

    def __init__(self, directory, server):
        self.directory = directory
        self.server = server
        self.count = 0

    def send(self, line):
        name = os.path.join(self.directory, 'req-%d' % self.count)
        with open(name + '.part', 'w', encoding='utf-8') as out:
            out.write(line)
        os.rename(name + '.part', name)   # whole, or not there

    def _ask(self, op, data):
        self.send('%s x%s' % (op, data.encode('utf-8').hex()))
        answer = os.path.join(self.directory, 'resp-%d' % self.count)
        deadline = time.monotonic() + 60
        while not os.path.exists(answer):
            if self.server.poll() is not None or time.monotonic() > deadline:
                raise SystemExit('windows_load: the Windows tclsh stopped answering')
            time.sleep(0.002)
        self.count += 1
        with open(answer, encoding='utf-8') as reply:
            return reply.read().split()

    def call(self, *words):
        if len(words) == 1 and isinstance(words[0], tuple):
            words = words[0]
        code, result, _ = self._ask('call', ' '.join(tcl_word(w) for w in words))
        result = unhex(result)
        if code != '0':
            import tkinter
            raise tkinter.TclError(result)
        return result

    def splitlist(self, value):
        return tuple(unhex(h) for h in self._ask('split', str(value)))

    def globalgetvar(self, name):
        return unhex(self._ask('getvar', name)[0])


def linux_path(windows_path):
    """Where Wine keeps WINDOWS_PATH: C: is the prefix's drive_c, Z: is /."""
    drive, rest = windows_path[0].upper(), windows_path[2:].replace('\\', '/')
    if drive == 'Z':
        return rest
    if drive == 'C':
        return os.path.join(os.environ['WINEPREFIX'], 'drive_c') + rest
    raise ValueError('no Linux place for ' + windows_path)


def check(tclsh, windows_dir):
    import tkext
    # load() tries its own directories first; make the Windows spelling its only one.
    holders = [m for name, m in sys.modules.items()
               if (name == 'tkext' or name.startswith('tkext.')) and hasattr(m, 'OWN_TCL_DIRS')]
    if not holders:
        raise SystemExit('windows_load: no tkext module holds OWN_TCL_DIRS; update this check')
    with tempfile.TemporaryDirectory() as work:
        script = os.path.join(work, 'server.tcl')
        with open(script, 'w') as out:
            out.write(SERVER)
        wine = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'scripts', 'wine.sh')
        server = subprocess.Popen([wine, tclsh, script, work])
        try:
            tk = WineTkapp(work, server)
            saved_dirs = [list(m.OWN_TCL_DIRS) for m in holders]
            saved_isfile = os.path.isfile
            for m in holders:
                m.OWN_TCL_DIRS[:] = [windows_dir]
            # load() joins with os.path.join ('/'), as Windows Python would with '\\'.
            os.path.isfile = lambda p: saved_isfile(linux_path(p.replace('/', '\\')))
            try:
                version = tkext.load(tk)
            finally:
                os.path.isfile = saved_isfile
                for m, dirs in zip(holders, saved_dirs):
                    m.OWN_TCL_DIRS[:] = dirs
            loaded = [entry for entry in tk.splitlist(tk.call('info', 'loaded'))
                      if tk.splitlist(entry)[1] == 'Tkext']
            area = tk.call('tkext::geom', 'area', '0 0 4 0 4 3')
            flat = tk.call('tkext::flatten', ((1, 2), (3, 4)))
            platform = tk.call('set', '::tcl_platform(platform)')
            auto_path = tk.splitlist(tk.globalgetvar('auto_path'))
            print('windows_load: %s (Tcl %s): tkext %s loaded from %s; geom area %s, flatten %s; '
                  'auto_path starts %s' % (windows_dir, tk.call('info', 'patchlevel'), version,
                                           tk.splitlist(loaded[0])[0], area, flat, auto_path[0]))
            expected_dir = windows_dir.replace('\\', '/').lower()
            ok = (version == tkext.__version__ and len(loaded) == 1 and area == '6.0' and
                  flat == '1 2 3 4' and platform == 'windows' and
                  tk.splitlist(loaded[0])[0].lower().startswith(expected_dir) and
                  auto_path[0] == windows_dir)
            tk.send('quit')
            if not ok:
                raise SystemExit('windows_load: FAILED for ' + windows_dir)
        finally:
            server.terminate()
            server.wait(timeout=30)


def main():
    tclsh, parent, *windows_dirs = sys.argv[1:]
    sys.path.insert(0, parent)
    for windows_dir in windows_dirs:
        check(tclsh, windows_dir)


if __name__ == '__main__':
    main()
