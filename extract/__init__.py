"""Documents → rows: ICE's 287(g) spreadsheets, and collaboration mentions and contract facts
in agenda documents. No network, no database."""

# The version of the extraction rules and model: a warehouse re-reads documents read by an
# older one.
EXTRACTOR_VERSION = "9"
