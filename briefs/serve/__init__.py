"""Dev server: watch, rebuild what changed, live reload. SKELETON (issue 4)."""
