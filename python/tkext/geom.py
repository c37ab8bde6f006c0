"""Point-set geometry over tkext::geom (placeholder until the Tcl commands land)."""
