-- A day's mix for wrk: public reads, searches, signed-in reviews and uploads.
--   TOKEN (env): a REVIEWER API token; UPLOAD_TOKEN: an ANALYST's (uploads); FACTS: comma-separated fact ids to review;
--   UPLOADS=0 leaves uploads out; ONLY=upload sends uploads only (the past-capacity flood).
local token = os.getenv("TOKEN")
local uploadToken = os.getenv("UPLOAD_TOKEN") or token
local facts = {}
for id in string.gmatch(os.getenv("FACTS") or "", "[^,]+") do facts[#facts + 1] = id end
local uploads = os.getenv("UPLOADS") ~= "0"
local only = os.getenv("ONLY")
local boundary = "----palermo-bench"
local n = 0

local reads = {
  "/api/v1/statistics?country=NGA", "/api/v1/statistics/countries/NGA", "/api/v1/countries",
  "/api/v1/flows", "/api/v1/citation-index?role=ORIGIN", "/countries/NGA", "/statistics",
  "/api/v1/case-data/aggregates?by=sex", "/documents", "/api/v1/documents/1",
}
local searches = {
  "/api/v1/cases?q=forced+labour", "/api/v1/cases?q=sexual+exploitation&jurisdiction=USA", "/cases?q=recruitment",
  "/api/v1/cases?q=debt+bondage", "/api/v1/cases?q=passport&purposes=forced_labour",
}

local function upload()
  -- a small report; its bytes repeat every 50 uploads, so most are new documents and some are re-ingests
  local text = "Bench report " .. (n % 50) .. ". In 2012, 14 victims were identified in Tuvalu and 3 traffickers were convicted.\n"
  local body = "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench-" .. (n % 50) .. ".txt\"\r\n"
      .. "Content-Type: text/plain\r\n\r\n" .. text .. "\r\n--" .. boundary .. "--\r\n"
  return wrk.format("POST", "/api/v1/documents", {["Authorization"] = "Bearer " .. uploadToken,
      ["Content-Type"] = "multipart/form-data; boundary=" .. boundary}, body)
end

request = function()
  n = n + 1
  if only == "upload" then return upload() end
  local r = n % 100
  if r < 60 then
    return wrk.format("GET", reads[(n % #reads) + 1])
  elseif r < 80 then
    return wrk.format("GET", searches[(n % #searches) + 1])
  elseif r < 95 and #facts > 0 then
    local id = facts[(n % #facts) + 1]
    local decision = (math.floor(n / #facts) % 2 == 0) and "ACCEPT" or "REOPEN"
    return wrk.format("POST", "/api/v1/facts/" .. id .. "/decision",
        {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json"}, '{"decision":"' .. decision .. '"}')
  elseif uploads then
    return upload()
  end
  return wrk.format("GET", "/api/v1/facts/rules", {["Authorization"] = "Bearer " .. token})
end

local shown = 0
response = function(status, headers, body)
  if status >= 400 and shown < 5 then
    shown = shown + 1
    io.write("   answered " .. status .. ": " .. string.sub(body or "", 1, 160) .. "\n")
  end
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors: connect %d, read %d, write %d, timeout %d, status %d\n", summary.requests,
      summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout, summary.errors.status))
  io.write(string.format("latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f\n", latency:percentile(50) / 1000,
      latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
