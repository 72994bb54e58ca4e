/**
 * Checks of the EAR this module builds: its layout (modules, context root, every library once, no
 * Jakarta API) and a smoke test deploying it with the Artemis resource adapter on a fresh Payara
 * Server 6 domain bound to 127.0.0.1.
 */
package com.medislot.ear;
