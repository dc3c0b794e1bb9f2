-- One token bucket per caller and limit, shared by every gateway replica, in Bucket4j's layout
-- (PostgreSQLSelectForUpdateBasedProxyManager): the serialized bucket and when it may be dropped.
CREATE TABLE rate_limit_buckets (
	id TEXT PRIMARY KEY,
	state BYTEA,
	expires_at BIGINT
);

CREATE INDEX rate_limit_buckets_expires_at ON rate_limit_buckets (expires_at);
