"""Serializers and readers: JSON, Markdown, RSS 2.0 (pure functions over the models)."""
