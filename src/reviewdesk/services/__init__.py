"""Use cases over the store; each takes a Store and returns plain dataclasses (DTOs)."""
