/**
 * Tracking: an extended Kalman filter on ballistic dynamics, track initiation, firm-track quality,
 * coasting and loss, global-nearest-neighbour association, and the fusion of a network's sensors at
 * its node with the network's latency.
 */
package shield.track;
