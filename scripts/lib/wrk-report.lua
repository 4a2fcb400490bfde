-- Loaded by scripts/lib/load-wrk.mjs: at the end of a run, wrk prints its figures as one JSON line
-- (latency in microseconds) instead of its human-readable summary, so nothing is parsed from text.
done = function(summary, latency)
  local errors = summary.errors
  io.write(string.format(
    'WRK_REPORT {"requests":%d,"duration_us":%d,"p50_us":%d,"p99_us":%d,' ..
      '"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    errors.connect, errors.read, errors.write, errors.status, errors.timeout))
end
