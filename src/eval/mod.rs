//! Evaluation against gold annotations (DESIGN.md §4): precision, recall and F1 per entity type,
//! relation pairs, takeaways, quote speakers and theme recall@10.
