//! Segmentation: sentences, tokens with byte spans, language, stemming and stop words.
