"""Exchange packages: the file a ministry fills in and the secretariat merges (no Qt)."""
