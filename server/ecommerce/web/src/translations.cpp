#include "magasin/webshop/translations.hpp"

#include <array>
#include <map>

namespace magasin::webshop {
namespace {

struct Entry {
    const char* key;
    const char* fr;
    const char* en;
};

// French first: it is the shop's default language (Charter of the French language).
constexpr std::array kEntries{
    Entry{"shop_name", "Magasin", "Magasin"},
    Entry{"tagline", "Vos magasins du Québec, en ligne", "Your Québec stores, online"},
    Entry{"switch_language", "English", "Français"},
    Entry{"switch_language_code", "en", "fr"},
    Entry{"nav_products", "Produits", "Products"},
    Entry{"nav_cart", "Panier", "Cart"},
    Entry{"nav_orders", "Mes commandes", "My orders"},
    Entry{"nav_login", "Se connecter", "Log in"},
    Entry{"nav_register", "Créer un compte", "Create an account"},
    Entry{"nav_logout", "Se déconnecter", "Log out"},
    Entry{"hello", "Bonjour", "Hello"},
    Entry{"search_label", "Rechercher un produit", "Search for a product"},
    Entry{"search_placeholder", "Clavier, café, souris…", "Keyboard, coffee, mouse…"},
    Entry{"search_button", "Rechercher", "Search"},
    Entry{"all_products", "Tous les produits", "All products"},
    Entry{"results_for", "Résultats pour", "Results for"},
    Entry{"products_one", "produit", "product"},
    Entry{"products_many", "produits", "products"},
    Entry{"no_results", "Aucun produit ne correspond à votre recherche.", "No product matches your search."},
    Entry{"show_all", "Voir tous les produits", "See all products"},
    Entry{"previous_page", "Page précédente", "Previous page"},
    Entry{"next_page", "Page suivante", "Next page"},
    Entry{"page", "Page", "Page"},
    Entry{"view_product", "Voir le produit", "View product"},
    Entry{"category", "Catégorie", "Category"},
    Entry{"sku", "Code produit", "Product code"},
    Entry{"taxable", "Taxable (TPS et TVQ)", "Taxable (GST and QST)"},
    Entry{"not_taxable", "Détaxé", "Zero-rated"},
    Entry{"unavailable", "Ce produit n'est plus offert.", "This product is no longer available."},
    Entry{"quantity", "Quantité", "Quantity"},
    Entry{"add_to_cart", "Ajouter au panier", "Add to cart"},
    Entry{"back_to_products", "Retour aux produits", "Back to products"},
    Entry{"login_to_buy", "Connectez-vous pour ajouter des produits à votre panier.",
          "Log in to add products to your cart."},
    Entry{"added_to_cart", "Produit ajouté à votre panier.", "Product added to your cart."},
    Entry{"cart_title", "Votre panier", "Your cart"},
    Entry{"cart_empty", "Votre panier est vide.", "Your cart is empty."},
    Entry{"product", "Produit", "Product"},
    Entry{"unit_price", "Prix unitaire", "Unit price"},
    Entry{"line_total", "Total", "Total"},
    Entry{"update", "Mettre à jour", "Update"},
    Entry{"remove", "Retirer", "Remove"},
    Entry{"subtotal", "Sous-total", "Subtotal"},
    Entry{"continue_shopping", "Continuer vos achats", "Continue shopping"},
    Entry{"go_to_checkout", "Passer la commande", "Check out"},
    Entry{"free_shipping_hint", "Livraison gratuite dès 100,00 $ d'achats.",
          "Free shipping on orders of $100.00 or more."},
    Entry{"prices_changed_title", "Des prix ont changé", "Some prices have changed"},
    Entry{"prices_changed_text",
          "Le prix de certains produits de votre panier a changé depuis que vous les avez ajoutés. Vérifiez les "
          "nouveaux prix et acceptez-les pour continuer.",
          "The price of some products in your cart changed since you added them. Check the new prices and accept "
          "them to continue."},
    Entry{"old_price", "Ancien prix", "Old price"},
    Entry{"new_price", "Nouveau prix", "New price"},
    Entry{"accept_prices", "Accepter les nouveaux prix", "Accept the new prices"},
    Entry{"checkout_title", "Passer la commande", "Check out"},
    Entry{"delivery_address", "Adresse de livraison", "Delivery address"},
    Entry{"street", "Adresse (numéro et rue)", "Street address"},
    Entry{"city", "Ville", "City"},
    Entry{"province", "Province", "Province"},
    Entry{"postal_code", "Code postal", "Postal code"},
    Entry{"delivery_method", "Mode de livraison", "Delivery"},
    Entry{"standard", "Standard (3 à 5 jours ouvrables)", "Standard (3 to 5 business days)"},
    Entry{"express", "Express (1 à 2 jours ouvrables)", "Express (1 to 2 business days)"},
    Entry{"standard_short", "Standard", "Standard"},
    Entry{"express_short", "Express", "Express"},
    Entry{"summary", "Récapitulatif", "Summary"},
    Entry{"merchandise", "Marchandise", "Merchandise"},
    Entry{"shipping", "Livraison", "Shipping"},
    Entry{"free", "Gratuite", "Free"},
    Entry{"tax_GST", "TPS (5 %)", "GST (5%)"},
    Entry{"tax_QST", "TVQ (9,975 %)", "QST (9.975%)"},
    Entry{"taxes", "Taxes", "Taxes"},
    Entry{"total", "Total", "Total"},
    Entry{"total_with", "Total avec livraison", "Total with delivery"},
    Entry{"place_order", "Confirmer et payer", "Place order and pay"},
    Entry{"pay_note", "Le montant sera porté à votre compte à la confirmation.",
          "The amount is charged to your account when you confirm."},
    Entry{"checkout_failed", "Votre commande n'a pas pu être passée.", "Your order could not be placed."},
    Entry{"checkout_pending", "Votre commande est en cours de traitement. Actualisez cette page dans un instant.",
          "Your order is being processed. Refresh this page in a moment."},
    Entry{"thank_you", "Merci ! Votre commande est confirmée.", "Thank you! Your order is confirmed."},
    Entry{"confirmation_text", "Un récapitulatif de votre commande suit. Conservez votre numéro de commande.",
          "Your order summary follows. Keep your order number."},
    Entry{"order_number", "Numéro de commande", "Order number"},
    Entry{"order_date", "Date", "Date"},
    Entry{"order_status", "Statut", "Status"},
    Entry{"status_confirmed", "Confirmée", "Confirmed"},
    Entry{"status_shipped", "Expédiée", "Shipped"},
    Entry{"status_delivered", "Livrée", "Delivered"},
    Entry{"status_cancelled", "Annulée", "Cancelled"},
    Entry{"orders_title", "Mes commandes", "My orders"},
    Entry{"no_orders", "Vous n'avez pas encore passé de commande.", "You have not placed an order yet."},
    Entry{"view_order", "Détails", "Details"},
    Entry{"order_title", "Commande", "Order"},
    Entry{"items", "article(s)", "item(s)"},
    Entry{"login_title", "Se connecter", "Log in"},
    Entry{"email", "Courriel", "Email"},
    Entry{"password", "Mot de passe", "Password"},
    Entry{"login_button", "Se connecter", "Log in"},
    Entry{"no_account", "Pas encore de compte ?", "No account yet?"},
    Entry{"have_account", "Déjà client ?", "Already a customer?"},
    Entry{"register_title", "Créer un compte", "Create an account"},
    Entry{"first_name", "Prénom", "First name"},
    Entry{"last_name", "Nom", "Last name"},
    Entry{"phone", "Téléphone (facultatif)", "Phone (optional)"},
    Entry{"password_hint", "De 8 à 128 caractères, pas un mot de passe courant.",
          "8 to 128 characters, not a common password."},
    Entry{"register_button", "Créer mon compte", "Create my account"},
    Entry{"form_has_errors", "Corrigez les champs indiqués ci-dessous.", "Please correct the fields marked below."},
    Entry{"required", "obligatoire", "required"},
    Entry{"error_title", "Une erreur est survenue", "Something went wrong"},
    Entry{"forbidden_title", "Requête refusée", "Request refused"},
    Entry{"forbidden_text",
          "Ce formulaire a expiré ou ne vient pas de notre site. Revenez à la page précédente, actualisez-la et "
          "réessayez.",
          "This form has expired or did not come from our site. Go back, refresh the page and try again."},
    Entry{"not_found_title", "Page introuvable", "Page not found"},
    Entry{"not_found_text", "Ce que vous cherchez n'existe pas ou n'est plus offert.",
          "What you are looking for does not exist or is no longer available."},
    Entry{"unavailable_title", "Service momentanément indisponible", "Service temporarily unavailable"},
    Entry{"unavailable_text",
          "Un de nos services ne répond pas pour l'instant. Rien n'a été débité. Réessayez dans quelques instants.",
          "One of our services is not answering right now. Nothing was charged. Please try again in a moment."},
    Entry{"back_home", "Retour à l'accueil", "Back to the shop"},
    Entry{"footer_text", "Prix en dollars canadiens. Taxes du Québec (TPS et TVQ) calculées à la commande.",
          "Prices in Canadian dollars. Québec taxes (GST and QST) calculated at checkout."},
    Entry{"skip_to_content", "Aller au contenu", "Skip to content"},
    // Messages of the rules a form can break, next to the field (keys: "err_" + the rule, dots as underscores).
    Entry{"err_generic", "Cette valeur n'est pas valide.", "This value is not valid."},
    Entry{"err_person_name_required", "Ce champ est obligatoire.", "This field is required."},
    Entry{"err_person_name_length", "Entre 1 et 60 caractères.", "Between 1 and 60 characters."},
    Entry{"err_person_name_characters", "Lettres, espaces, traits d'union et apostrophes seulement.",
          "Letters, spaces, hyphens and apostrophes only."},
    Entry{"err_email_required", "Entrez votre courriel.", "Enter your email address."},
    Entry{"err_email_length", "Ce courriel est trop long.", "This email address is too long."},
    Entry{"err_email_format", "Ce courriel n'est pas valide (exemple : nom@exemple.ca).",
          "This email address is not valid (example: name@example.ca)."},
    Entry{"err_customer_email_taken", "Un compte existe déjà avec ce courriel. Connectez-vous plutôt.",
          "An account already uses this email. Log in instead."},
    Entry{"err_password_length", "Le mot de passe doit compter de 8 à 128 caractères.",
          "The password must be 8 to 128 characters long."},
    Entry{"err_password_common", "Ce mot de passe est trop courant. Choisissez-en un autre.",
          "This password is too common. Choose another one."},
    Entry{"err_password_same_as_email", "Le mot de passe ne peut pas être votre courriel.",
          "The password cannot be your email address."},
    Entry{"err_address_street_length", "Entrez l'adresse (de 3 à 120 caractères).",
          "Enter the street address (3 to 120 characters)."},
    Entry{"err_address_city_length", "Entrez la ville (de 2 à 60 caractères).", "Enter the city (2 to 60 characters)."},
    Entry{"err_address_province_length", "De 2 à 60 caractères.", "2 to 60 characters."},
    Entry{"err_address_country_length", "De 2 à 60 caractères.", "2 to 60 characters."},
    Entry{"err_postal_code_format", "Code postal canadien attendu, par exemple H2X 1Y4.",
          "A Canadian postal code is expected, for example H2X 1Y4."},
    Entry{"err_phone_format", "Dix chiffres, par exemple 514-555-0199.", "Ten digits, for example 514-555-0199."},
    Entry{"err_cart_quantity_min", "La quantité doit être d'au moins 1.", "The quantity must be at least 1."},
    Entry{"err_cart_quantity_max", "Au plus 99 unités par produit.", "At most 99 units per product."},
    Entry{"err_cart_product_inactive", "Ce produit n'est plus offert.", "This product is no longer available."},
    Entry{"err_cart_product_unavailable", "Un produit de votre panier n'est plus offert ; retirez-le pour continuer.",
          "A product in your cart is no longer available; remove it to continue."},
    Entry{"err_cart_line_not_found", "Ce produit n'est plus dans votre panier.",
          "This product is no longer in your cart."},
    Entry{"err_product_not_found", "Ce produit n'existe pas.", "This product does not exist."},
    Entry{"err_checkout_cart_empty", "Votre panier est vide.", "Your cart is empty."},
    Entry{"err_checkout_prices_unaccepted", "Acceptez d'abord les nouveaux prix.", "Accept the new prices first."},
    Entry{"err_checkout_in_progress", "Une commande est déjà en cours ; patientez un instant.",
          "An order is already in progress; please wait a moment."},
    Entry{"err_checkout_delivery_method_unknown", "Choisissez un mode de livraison.", "Choose a delivery method."},
    Entry{"err_invalid_credentials", "Courriel ou mot de passe incorrect.", "Wrong email or password."},
    Entry{"err_too_many_attempts", "Trop de tentatives. Réessayez dans quelques minutes.",
          "Too many attempts. Try again in a few minutes."},
    Entry{"err_quantity_number", "Entrez un nombre entier.", "Enter a whole number."},
    Entry{"err_stock", "Stock insuffisant pour un des produits. Réduisez la quantité et réessayez.",
          "Not enough stock for one of the products. Lower the quantity and try again."},
};

const std::map<std::string, const Entry*, std::less<>>& index() {
    static const auto map = [] {
        std::map<std::string, const Entry*, std::less<>> m;
        for (const auto& entry : kEntries) {
            m.emplace(entry.key, &entry);
        }
        return m;
    }();
    return map;
}

nlohmann::json build(domain::Language language) {
    nlohmann::json out = nlohmann::json::object();
    for (const auto& entry : kEntries) {
        out[entry.key] = language == domain::Language::kFrench ? entry.fr : entry.en;
    }
    return out;
}

}  // namespace

const nlohmann::json& Translations::strings(domain::Language language) {
    static const nlohmann::json french = build(domain::Language::kFrench);
    static const nlohmann::json english = build(domain::Language::kEnglish);
    return language == domain::Language::kFrench ? french : english;
}

std::string Translations::text(std::string_view key, domain::Language language) {
    const auto it = index().find(key);
    if (it == index().end()) {
        return std::string(key);
    }
    return language == domain::Language::kFrench ? it->second->fr : it->second->en;
}

bool Translations::has(std::string_view key) {
    return index().find(key) != index().end();
}

std::vector<std::string> Translations::keys() {
    std::vector<std::string> out;
    for (const auto& entry : kEntries) {
        out.emplace_back(entry.key);
    }
    return out;
}

std::string Translations::errorKey(std::string_view rule) {
    std::string key = "err_" + std::string(rule);
    for (auto& c : key) {
        if (c == '.') {
            c = '_';
        }
    }
    return has(key) ? key : "err_generic";
}

domain::Language parseLanguage(std::string_view text) {
    return text.rfind("en", 0) == 0 ? domain::Language::kEnglish : domain::Language::kFrench;
}

std::string_view languageCode(domain::Language language) {
    return language == domain::Language::kFrench ? "fr" : "en";
}

}  // namespace magasin::webshop
