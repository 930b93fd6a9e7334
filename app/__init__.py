"""HTTP API, dashboard and command line."""
