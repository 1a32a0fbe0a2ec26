"""Price sheets: reading CSV, XLSX and Parquet files, mapping their layout, validating rows."""
