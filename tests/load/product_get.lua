-- wrk: GET one product by id, uniformly over the generated catalogue (ids made by magasin-catalogue-seed).
local count = tonumber(os.getenv("MAGASIN_PRODUCTS") or "10000")
local counter = 0
init = function(args)
    math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end
request = function()
    local i = math.random(1, count)
    return wrk.format("GET", string.format("/v1/products/00000000-0000-7000-8000-%012x", i))
end
