// The supply-chain context server (replenishment requests, their approval through inventaire's transfer, suggestions);
// see magasin-supply-chain --help.
#include "magasin/supply_chain/supply_chain_server.hpp"

int main(int argc, char** argv) {
    return magasin::server::runServer(argc, argv, magasin::supply_chain::definition());
}
