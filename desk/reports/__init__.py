"""PDF (reportlab) and Excel (openpyxl) writers. They read plain data; no Qt, no SQL."""
