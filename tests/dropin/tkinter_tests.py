"""Runs CPython's own tkinter tests in this Python, plain or with tkext on every canvas.

    python tkinter_tests.py plain|tkext OUTPUT_FILE MODULE_OR_PACKAGE...

A package stands for its test_* modules (tkinter.test.test_tkinter of 3.8-3.11
has no load_tests of its own).
Writes one line per test, "test_id outcome" (ok, fail, error, skip, xfail,
xpass), for scripts/dropin.sh to compare between the two modes.  In tkext mode
every Tk root gets tkext.install() as it is made: what an application does to
have every canvas take every coordinate shape.
"""
import importlib
import pkgutil
import sys
import tkinter
import unittest

mode, output, modules = sys.argv[1], sys.argv[2], sys.argv[3:]
installed = []

if mode == 'tkext':
    import tkext

    original_init = tkinter.Tk.__init__

    def init_with_tkext(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        # tkinter.Tcl() makes a Tk object without Tk: nothing to enable there.
        if self.tk.call('info', 'commands', '::tk') or self.tk.call('info', 'exists', '::tk_version'):
            tkext.install(self)
            installed.append(1)

    tkinter.Tk.__init__ = init_with_tkext


class Recorder(unittest.TextTestResult):
    """Keeps each test's outcome by its id."""

    outcomes = {}

    def _keep(self, test, outcome):
        self.outcomes[test.id()] = outcome

    def addSuccess(self, test):
        super().addSuccess(test)
        self._keep(test, 'ok')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._keep(test, 'fail')

    def addError(self, test, err):
        super().addError(test, err)
        self._keep(test, 'error')

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._keep(test, 'skip')

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._keep(test, 'xfail')

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._keep(test, 'xpass')


names = []
for name in modules:
    module = importlib.import_module(name)
    if hasattr(module, '__path__'):
        names += sorted(name + '.' + info.name for info in pkgutil.iter_modules(module.__path__)
                        if info.name.startswith('test_'))
    else:
        names.append(name)
suite = unittest.defaultTestLoader.loadTestsFromNames(names)
unittest.TextTestRunner(resultclass=Recorder, verbosity=0, stream=sys.stderr).run(suite)
with open(output, 'w') as out:
    for test_id in sorted(Recorder.outcomes):
        out.write('%s %s\n' % (test_id, Recorder.outcomes[test_id]))
# In tkext mode, proof that tkext was installed and canvases take its shapes.
behaves = 'plain'
root = tkinter.Tk()
root.withdraw()
canvas = tkinter.Canvas(root)
try:
    root.tk.call(canvas._w, 'create', 'line', '{0 0} {10 10}')
    behaves = 'tkext'
except tkinter.TclError:
    pass
root.destroy()
print('python %d.%d tkinter tests (%s): %d tests, canvases behave as %s'
      % (sys.version_info[:2] + (mode, len(Recorder.outcomes), behaves)))
sys.exit(0 if behaves == mode else 3)
