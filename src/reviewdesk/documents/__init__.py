"""Reading PDF, DOCX and TXT files and understanding letters and replies. No DB, no Qt."""
