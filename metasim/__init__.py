"""A stand-in for Meta: builds and signs webhook deliveries in Meta's documented formats."""
