// The ecommerce context server (customers, sessions, carts, the checkout saga, web orders); see
// magasin-ecommerce --help.
#include "magasin/ecommerce/ecommerce_server.hpp"

int main(int argc, char** argv) {
    return magasin::server::runServer(argc, argv, magasin::ecommerce::definition());
}
