"""Write the built site atomically. SKELETON (issue 2): build beside, then swap in."""
