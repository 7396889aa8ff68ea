-- Trip processor: turns the trip events vehicles send into the current status of each trip
-- and the history of positions of each trip.
CREATE STREAM trip_events WITH (KAFKA_TOPIC = 'fleet.trip-events', VALUE_FORMAT = 'AVRO');

CREATE TABLE trip_status WITH (KAFKA_TOPIC = 'fleet.trip-status', VALUE_FORMAT = 'AVRO') AS
  SELECT tripId, LATEST_BY_OFFSET(status) AS status, LATEST_BY_OFFSET(`timestamp`) AS updatedAt
  FROM trip_events
  WHERE status IS NOT NULL
  GROUP BY tripId;

CREATE STREAM trip_position WITH (KAFKA_TOPIC = 'fleet.trip-position', VALUE_FORMAT = 'AVRO') AS
  SELECT tripId, longitude, latitude, `timestamp` AS reportedAt
  FROM trip_events
  WHERE longitude IS NOT NULL AND latitude IS NOT NULL;
