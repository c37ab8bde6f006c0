"""The panels of demo.py, one module each (the Tcl demo's demo/tcl/*.tcl in Python)."""
