"""Domain values of ReviewDesk: references, letters, documents. Pure Python."""
