"""The ``icewatch`` commands, one module per command group; ``flows.cli`` assembles them."""
