-- wrk: full-text searches a cashier or a customer would type: one or two words, some accented, some prefixes.
local queries = {
    "clavier", "souris", "cafe", "caf%C3%A9", "ecouteurs", "chocolat", "lampe", "chaise", "cable", "c%C3%A2ble",
    "clavier%20sans%20fil", "souris%20optique", "the%20vert", "bio", "noir", "bluetooth", "clav", "ecou",
    "ergonomique", "bureau", "table", "veste", "chandail", "biscuits", "jus", "ecran", "%C3%A9cran", "casque",
}
local filters = { "", "&category=Informatique", "&min_price_cents=1000&max_price_cents=5000", "&page=2" }
init = function(args)
    math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end
request = function()
    local q = queries[math.random(1, #queries)]
    local f = filters[math.random(1, #filters)]
    return wrk.format("GET", "/v1/products?q=" .. q .. f)
end
