/**
 * Tests of the kustomize manifests. They check the rendered output of every overlay rather than
 * the files as written, because a patch in an overlay can undo what a base promises; the facts
 * they check against (ports, probe groups, properties, topics, the realm) are read from the
 * modules' own sources so that the manifests cannot drift from the applications unnoticed.
 */
package org.refinery.k8s;
