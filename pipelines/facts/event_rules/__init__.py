"""Rules behind ``pipelines.facts.events``: one module per event type (release, renewal,
production, award, ranking, credit, source material) and the pieces they share (trigger-date
anchoring, claimants and platforms, show attribution, people, merging)."""
