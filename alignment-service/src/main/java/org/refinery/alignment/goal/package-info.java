/**
 * Strategic goals at three levels. Objectives and themes are the whole organisation's and
 * everyone signed in may read them; product goals are read by those who see the product.
 */
package org.refinery.alignment.goal;
