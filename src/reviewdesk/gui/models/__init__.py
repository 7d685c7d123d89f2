"""Qt item models over service DTOs: ids plus a row cache."""
