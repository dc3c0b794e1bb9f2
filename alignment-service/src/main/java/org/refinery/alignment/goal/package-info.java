/**
 * Strategic goals at three levels: organisation objectives contain strategic themes, themes
 * contain product goals. Objectives and themes are the whole organisation's (portfolio
 * managers set them, everyone signed in reads them); product goals belong to one product and
 * are set by its product owners. The hierarchy's rules (levels in order, timeframes nested,
 * theme shares within 100 %) live here, free of frameworks.
 */
package org.refinery.alignment.goal;
