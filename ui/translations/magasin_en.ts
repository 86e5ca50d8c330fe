<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_CA">
  <context>
    <name>ReplenishmentPage</name>
    <message>
      <source>Pending</source>
      <translation>Pending</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>Approved</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>Withdrawn</translation>
    </message>
    <message>
      <source>staff …%1</source>
      <translation>staff …%1</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>Product</translation>
    </message>
    <message>
      <source>Store</source>
      <translation>Store</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Asked</source>
      <translation>Asked</translation>
    </message>
    <message>
      <source>Approved qty</source>
      <translation>Approved qty</translation>
    </message>
    <message>
      <source>Asked by</source>
      <translation>Asked by</translation>
    </message>
    <message>
      <source>staff of %1</source>
      <translation>staff of %1</translation>
    </message>
    <message>
      <source>Decided by</source>
      <translation>Decided by</translation>
    </message>
    <message>
      <source>another store's manager</source>
      <translation>another store's manager</translation>
    </message>
    <message>
      <source>Asked at</source>
      <translation>Asked at</translation>
    </message>
    <message>
      <source>Decided at</source>
      <translation>Decided at</translation>
    </message>
    <message>
      <source>Rejection reason</source>
      <translation>Rejection reason</translation>
    </message>
    <message>
      <source>Store level</source>
      <translation>Store level</translation>
    </message>
    <message>
      <source>Suggested qty</source>
      <translation>Suggested qty</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <source>Revenue before taxes</source>
      <translation>Revenue before taxes</translation>
    </message>
    <message>
      <source>Number of sales</source>
      <translation>Number of sales</translation>
    </message>
    <message>
      <source>Average basket</source>
      <translation>Average basket</translation>
    </message>
    <message>
      <source>Taxes collected</source>
      <translation>Taxes collected</translation>
    </message>
    <message>
      <source>Units sold</source>
      <translation>Units sold</translation>
    </message>
    <message>
      <source>Ruptures</source>
      <translation>Ruptures</translation>
    </message>
    <message>
      <source>Overstock</source>
      <translation>Overstock</translation>
    </message>
    <message>
      <source>Store</source>
      <translation>Store</translation>
    </message>
    <message>
      <source>Revenue</source>
      <translation>Revenue</translation>
    </message>
    <message>
      <source>Top products (units)</source>
      <translation>Top products (units)</translation>
    </message>
    <message>
      <source>Share of revenue</source>
      <translation>Share of revenue</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>Product</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>Level</translation>
    </message>
    <message>
      <source>Sales report</source>
      <translation>Sales report</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Period</translation>
    </message>
    <message>
      <source>Key figures</source>
      <translation>Key figures</translation>
    </message>
    <message>
      <source>Figure</source>
      <translation>Figure</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Value</translation>
    </message>
    <message>
      <source>Stores</source>
      <translation>Stores</translation>
    </message>
    <message>
      <source>Products sold</source>
      <translation>Products sold</translation>
    </message>
    <message>
      <source>Share of revenue (%)</source>
      <translation>Share of revenue (%)</translation>
    </message>
    <message>
      <source>The file %1 cannot be written: choose another folder.</source>
      <translation>The file %1 cannot be written: choose another folder.</translation>
    </message>
    <message>
      <source>Period: %1</source>
      <translation>Period: %1</translation>
    </message>
    <message>
      <source>Printed %1</source>
      <translation>Printed %1</translation>
    </message>
    <message>
      <source>No store in this report.</source>
      <translation>No store in this report.</translation>
    </message>
    <message>
      <source>No sale in this period.</source>
      <translation>No sale in this period.</translation>
    </message>
    <message>
      <source>No product out of stock.</source>
      <translation>No product out of stock.</translation>
    </message>
    <message>
      <source>No product overstocked.</source>
      <translation>No product overstocked.</translation>
    </message>
    <message>
      <source>The file %1 could not be completed.</source>
      <translation>The file %1 could not be completed.</translation>
    </message>
  </context>
  <context>
    <name>SalesPage</name>
    <message>
      <source>Cash</source>
      <translation>Cash</translation>
    </message>
    <message>
      <source>Card</source>
      <translation>Card</translation>
    </message>
    <message>
      <source>Price differs from the catalogue</source>
      <translation>Price differs from the catalogue</translation>
    </message>
    <message>
      <source>Archived product sold</source>
      <translation>Archived product sold</translation>
    </message>
    <message>
      <source>Till totals differ</source>
      <translation>Till totals differ</translation>
    </message>
    <message>
      <source>Product unknown to the catalogue</source>
      <translation>Product unknown to the catalogue</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Completed</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <source>Cashier</source>
      <translation>Cashier</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Items</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Payment</source>
      <translation>Payment</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Flags</source>
      <translation>Flags</translation>
    </message>
    <message>
      <source>Recorded</source>
      <translation>Recorded</translation>
    </message>
    <message>
      <source>till sync</source>
      <translation>till sync</translation>
    </message>
    <message>
      <source>online</source>
      <translation>online</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Sale %1</source>
      <translation>Sale %1</translation>
    </message>
    <message>
      <source>%1 · cashier: %2</source>
      <translation>%1 · cashier: %2</translation>
    </message>
    <message>
      <source>%1 each</source>
      <translation>%1 each</translation>
    </message>
    <message>
      <source>discount %1</source>
      <translation>discount %1</translation>
    </message>
    <message>
      <source>not taxable</source>
      <translation>not taxable</translation>
    </message>
    <message>
      <source>Subtotal</source>
      <translation>Subtotal</translation>
    </message>
    <message>
      <source>TOTAL</source>
      <translation>TOTAL</translation>
    </message>
    <message>
      <source>Change due</source>
      <translation>Change due</translation>
    </message>
    <message>
      <source>To check:</source>
      <translation>To check:</translation>
    </message>
    <message>
      <source> (till: %1, server: %2)</source>
      <translation> (till: %1, server: %2)</translation>
    </message>
    <message>
      <source>CANCELLED %1 by %2: %3</source>
      <translation>CANCELLED %1 by %2: %3</translation>
    </message>
  </context>
  <context>
    <name>SyncTables</name>
    <message>
      <source>Never</source>
      <translation>Never</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <source>What to do</source>
      <translation>What to do</translation>
    </message>
    <message>
      <source>Terminal</source>
      <translation>Terminal</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Revoked</source>
      <translation>Revoked</translation>
    </message>
    <message>
      <source>Last sync</source>
      <translation>Last sync</translation>
    </message>
    <message>
      <source>Last push</source>
      <translation>Last push</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation>Pending</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>unknown</translation>
    </message>
    <message>
      <source>Applied</source>
      <translation>Applied</translation>
    </message>
    <message>
      <source>With flags</source>
      <translation>With flags</translation>
    </message>
    <message>
      <source>Command</source>
      <translation>Command</translation>
    </message>
    <message>
      <source>Sale</source>
      <translation>Sale</translation>
    </message>
    <message>
      <source>Cancellation</source>
      <translation>Cancellation</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <source>Server's message</source>
      <translation>Server's message</translation>
    </message>
    <message>
      <source>Command no.</source>
      <translation>Command no.</translation>
    </message>
    <message>
      <source>%1 (seq %2)</source>
      <translation>%1 (seq %2)</translation>
    </message>
    <message>
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <source>Flag</source>
      <translation>Flag</translation>
    </message>
    <message>
      <source>Detail</source>
      <translation>Detail</translation>
    </message>
    <message>
      <source>Back office or web</source>
      <translation>Back office or web</translation>
    </message>
    <message>
      <source>%1: sold at %2, catalogue price %3</source>
      <translation>%1: sold at %2, catalogue price %3</translation>
    </message>
    <message>
      <source>%1: archived in the catalogue, sold at %2</source>
      <translation>%1: archived in the catalogue, sold at %2</translation>
    </message>
    <message>
      <source>Till total %1, server total %2</source>
      <translation>Till total %1, server total %2</translation>
    </message>
    <message>
      <source>%1: unknown to the catalogue, sold at %2</source>
      <translation>%1: unknown to the catalogue, sold at %2</translation>
    </message>
    <message>
      <source>%1: %2 in stock</source>
      <translation>%1: %2 in stock</translation>
    </message>
    <message>
      <source>after sales %1</source>
      <translation>after sales %1</translation>
    </message>
    <message>
      <source>Price differed from the catalogue</source>
      <translation>Price differed from the catalogue</translation>
    </message>
    <message>
      <source>Archived product sold</source>
      <translation>Archived product sold</translation>
    </message>
    <message>
      <source>Till totals differed</source>
      <translation>Till totals differed</translation>
    </message>
    <message>
      <source>Product unknown to the catalogue</source>
      <translation>Product unknown to the catalogue</translation>
    </message>
    <message>
      <source>Stock went negative</source>
      <translation>Stock went negative</translation>
    </message>
    <message>
      <source>Check the shelf label and the till's price list; nothing to undo, the sale stands as sold.</source>
      <translation>Check the shelf label and the till's price list; nothing to undo, the sale stands as sold.</translation>
    </message>
    <message>
      <source>Take the product off the shelf, or restore it in Products if it is still sold; the sale stands.</source>
      <translation>Take the product off the shelf, or restore it in Products if it is still sold; the sale stands.</translation>
    </message>
    <message>
      <source>Check this till's taxes and count its cash drawer; the sale is kept with the server's totals.</source>
      <translation>Check this till's taxes and count its cash drawer; the sale is kept with the server's totals.</translation>
    </message>
    <message>
      <source>Create the product in Products or check its barcode; the sale stands.</source>
      <translation>Create the product in Products or check its barcode; the sale stands.</translation>
    </message>
    <message>
      <source>Count the shelf and enter the count in Stock; ask for replenishment if it is short.</source>
      <translation>Count the shelf and enter the count in Stock; ask for replenishment if it is short.</translation>
    </message>
    <message>
      <source>Look at the sale in Sales; call support if it is unclear.</source>
      <translation>Look at the sale in Sales; call support if it is unclear.</translation>
    </message>
    <message>
      <source>Already done or in conflict: check the sale in Sales; nothing to redo if it is already cancelled.</source>
      <translation>Already done or in conflict: check the sale in Sales; nothing to redo if it is already cancelled.</translation>
    </message>
    <message>
      <source>Already recorded or in conflict: check the sale in Sales before entering it again.</source>
      <translation>Already recorded or in conflict: check the sale in Sales before entering it again.</translation>
    </message>
    <message>
      <source>This terminal may not do it: cancel the sale here in Sales, or call support.</source>
      <translation>This terminal may not do it: cancel the sale here in Sales, or call support.</translation>
    </message>
    <message>
      <source>This terminal may not record it (is it enrolled in this store?): re-enter the sale at an enrolled till, or call support.</source>
      <translation>This terminal may not record it (is it enrolled in this store?): re-enter the sale at an enrolled till, or call support.</translation>
    </message>
    <message>
      <source>Not applied: cancel the sale again in Sales, or call support with the command number.</source>
      <translation>Not applied: cancel the sale again in Sales, or call support with the command number.</translation>
    </message>
    <message>
      <source>Not recorded: re-enter the sale at the till, or call support with the command number.</source>
      <translation>Not recorded: re-enter the sale at the till, or call support with the command number.</translation>
    </message>
    <message>
      <source>Last read</source>
      <translation>Last read</translation>
    </message>
    <message>
      <source>Seq ack.</source>
      <translation>Seq ack.</translation>
    </message>
    <message>
      <source>%1 (here)</source>
      <translation>%1 (here)</translation>
    </message>
    <message>
      <source>In service</source>
      <translation>In service</translation>
    </message>
    <message>
      <source>Rejected commands</source>
      <translation>Rejected commands</translation>
    </message>
    <message>
      <source>Not allowed</source>
      <translation>Not allowed</translation>
    </message>
    <message>
      <source>Not found</source>
      <translation>Not found</translation>
    </message>
    <message>
      <source>In conflict with the current state</source>
      <translation>In conflict with the current state</translation>
    </message>
    <message>
      <source>Refused data</source>
      <translation>Refused data</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::BackOfficeClient</name>
    <message>
      <source>This session has no connection to the servers (logged in offline, or demo mode). The back office needs an online login: log out and in again once the servers answer.</source>
      <translation>This session has no connection to the servers (logged in offline, or demo mode). The back office needs an online login: log out and in again once the servers answer.</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::BackOfficePage</name>
    <message>
      <source>Refresh (F5)</source>
      <translation>Refresh (F5)</translation>
    </message>
    <message>
      <source>%1 does not answer; nothing was changed. Try again in a moment. (%2)</source>
      <translation>%1 does not answer; nothing was changed. Try again in a moment. (%2)</translation>
    </message>
    <message>
      <source>%1 does not answer: the data shown dates from %2 (%3).</source>
      <translation>%1 does not answer: the data shown dates from %2 (%3).</translation>
    </message>
    <message>
      <source>%1 does not answer: nothing to show yet.</source>
      <translation>%1 does not answer: nothing to show yet.</translation>
    </message>
    <message>
      <source>The catalogue server</source>
      <translation>The catalogue server</translation>
    </message>
    <message>
      <source>The inventory server</source>
      <translation>The inventory server</translation>
    </message>
    <message>
      <source>The sales server</source>
      <translation>The sales server</translation>
    </message>
    <message>
      <source>The replenishment server</source>
      <translation>The replenishment server</translation>
    </message>
    <message>
      <source>%1 ago</source>
      <translation>%1 ago</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::BackOfficeScreen</name>
    <message>
      <source>Back office · %1 · %2 (manager)</source>
      <translation>Back office · %1 · %2 (manager)</translation>
    </message>
    <message>
      <source>Back to the till (Esc)</source>
      <translation>Back to the till (Esc)</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::CancelSaleDialog</name>
    <message>
      <source>Cancel a sale</source>
      <translation>Cancel a sale</translation>
    </message>
    <message>
      <source>Why? For example: customer changed their mind</source>
      <translation>Why? For example: customer changed their mind</translation>
    </message>
    <message>
      <source>Manager approval</source>
      <translation>Manager approval</translation>
    </message>
    <message>
      <source>Manager code</source>
      <translation>Manager code</translation>
    </message>
    <message>
      <source>Manager PIN</source>
      <translation>Manager PIN</translation>
    </message>
    <message>
      <source>Cancel this sale  [Enter]</source>
      <translation>Cancel this sale  [Enter]</translation>
    </message>
    <message>
      <source>Close  [Esc]</source>
      <translation>Close  [Esc]</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>Sales of this terminal (newest first)</source>
      <translation>Sales of this terminal (newest first)</translation>
    </message>
    <message>
      <source>Pick the sale to cancel.</source>
      <translation>Pick the sale to cancel.</translation>
    </message>
    <message>
      <source>This sale is already cancelled.</source>
      <translation>This sale is already cancelled.</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::CartModel</name>
    <message>
      <source>Not taxable</source>
      <translation>Not taxable</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>Product</translation>
    </message>
    <message>
      <source>Qty</source>
      <translation>Qty</translation>
    </message>
    <message>
      <source>Unit price</source>
      <translation>Unit price</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::EnrolScreen</name>
    <message>
      <source>Set up this terminal</source>
      <translation>Set up this terminal</translation>
    </message>
    <message>
      <source>A manager enrols the terminal once with the store's servers. To try the app without servers, use demo mode.</source>
      <translation>A manager enrols the terminal once with the store's servers. To try the app without servers, use demo mode.</translation>
    </message>
    <message>
      <source>Server (gateway) address</source>
      <translation>Server (gateway) address</translation>
    </message>
    <message>
      <source>API key</source>
      <translation>API key</translation>
    </message>
    <message>
      <source>Manager code</source>
      <translation>Manager code</translation>
    </message>
    <message>
      <source>Manager PIN</source>
      <translation>Manager PIN</translation>
    </message>
    <message>
      <source>Terminal name</source>
      <translation>Terminal name</translation>
    </message>
    <message>
      <source>Enrol this terminal  [Enter]</source>
      <translation>Enrol this terminal  [Enter]</translation>
    </message>
    <message>
      <source>Demo mode, no server  [F7]</source>
      <translation>Demo mode, no server  [F7]</translation>
    </message>
    <message>
      <source>Type the server's address, like http://127.0.0.1:8080.</source>
      <translation>Type the server's address, like http://127.0.0.1:8080.</translation>
    </message>
    <message>
      <source>A manager types their code and PIN to enrol the terminal.</source>
      <translation>A manager types their code and PIN to enrol the terminal.</translation>
    </message>
    <message>
      <source>Give the terminal a name (for example “Caisse 1”).</source>
      <translation>Give the terminal a name (for example “Caisse 1”).</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::LoginScreen</name>
    <message>
      <source>Magasin — point of sale</source>
      <translation>Magasin — point of sale</translation>
    </message>
    <message>
      <source>Demo mode: cashier %1 / PIN %2, manager %3 / PIN %4</source>
      <translation>Demo mode: cashier %1 / PIN %2, manager %3 / PIN %4</translation>
    </message>
    <message>
      <source>Employee code</source>
      <translation>Employee code</translation>
    </message>
    <message>
      <source>PIN</source>
      <translation>PIN</translation>
    </message>
    <message>
      <source>Log in  [Enter]</source>
      <translation>Log in  [Enter]</translation>
    </message>
    <message>
      <source>Type your employee code.</source>
      <translation>Type your employee code.</translation>
    </message>
    <message>
      <source>Type your PIN.</source>
      <translation>Type your PIN.</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::MainWindow</name>
    <message>
      <source>&amp;Settings</source>
      <translation>&amp;Settings</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <source>System language</source>
      <translation>System language</translation>
    </message>
    <message>
      <source>Leave demo mode</source>
      <translation>Leave demo mode</translation>
    </message>
    <message>
      <source>Nobody logged in</source>
      <translation>Nobody logged in</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::PaymentDialog</name>
    <message>
      <source>Payment</source>
      <translation>Payment</translation>
    </message>
    <message>
      <source>Total: %1</source>
      <translation>Total: %1</translation>
    </message>
    <message>
      <source>Reference shown by the card terminal</source>
      <translation>Reference shown by the card terminal</translation>
    </message>
    <message>
      <source>Type the amount received, then Enter (F5 cash, F6 card). Enter with nothing typed takes exactly what is due. Several payments split the sale.</source>
      <translation>Type the amount received, then Enter (F5 cash, F6 card). Enter with nothing typed takes exactly what is due. Several payments split the sale.</translation>
    </message>
    <message>
      <source>Amount received</source>
      <translation>Amount received</translation>
    </message>
    <message>
      <source>Card reference</source>
      <translation>Card reference</translation>
    </message>
    <message>
      <source>Cash  [F5]</source>
      <translation>Cash  [F5]</translation>
    </message>
    <message>
      <source>Card  [F6]</source>
      <translation>Card  [F6]</translation>
    </message>
    <message>
      <source>Remove payment  [Del]</source>
      <translation>Remove payment  [Del]</translation>
    </message>
    <message>
      <source>Complete sale  [Enter]</source>
      <translation>Complete sale  [Enter]</translation>
    </message>
    <message>
      <source>Back to the sale  [Esc]</source>
      <translation>Back to the sale  [Esc]</translation>
    </message>
    <message>
      <source>Still due: %1</source>
      <translation>Still due: %1</translation>
    </message>
    <message>
      <source>Change due: %1</source>
      <translation>Change due: %1</translation>
    </message>
    <message>
      <source>Type the amount received, like 50 or 20,75.</source>
      <translation>Type the amount received, like 50 or 20,75.</translation>
    </message>
    <message>
      <source>Nothing is due any more: complete the sale.</source>
      <translation>Nothing is due any more: complete the sale.</translation>
    </message>
    <message>
      <source>Type the amount paid by card, like 50 or 20,75.</source>
      <translation>Type the amount paid by card, like 50 or 20,75.</translation>
    </message>
    <message>
      <source>A card pays at most what is still due (%1).</source>
      <translation>A card pays at most what is still due (%1).</translation>
    </message>
    <message>
      <source>Type the reference shown by the card terminal.</source>
      <translation>Type the reference shown by the card terminal.</translation>
    </message>
    <message>
      <source>%1 is still due.</source>
      <translation>%1 is still due.</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::PaymentsModel</name>
    <message>
      <source>Cash</source>
      <translation>Cash</translation>
    </message>
    <message>
      <source>Card</source>
      <translation>Card</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Method</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Amount</translation>
    </message>
    <message>
      <source>Terminal reference</source>
      <translation>Terminal reference</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::PosController</name>
    <message>
      <source>Cashier: %1</source>
      <translation>Cashier: %1</translation>
    </message>
    <message>
      <source>Subtotal</source>
      <translation>Subtotal</translation>
    </message>
    <message>
      <source>GST</source>
      <translation>GST</translation>
    </message>
    <message>
      <source>QST</source>
      <translation>QST</translation>
    </message>
    <message>
      <source>TOTAL</source>
      <translation>TOTAL</translation>
    </message>
    <message>
      <source>Card</source>
      <translation>Card</translation>
    </message>
    <message>
      <source>Cash</source>
      <translation>Cash</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Change</translation>
    </message>
    <message>
      <source>Sale %1</source>
      <translation>Sale %1</translation>
    </message>
    <message>
      <source>Wrong employee code or PIN.</source>
      <translation>Wrong employee code or PIN.</translation>
    </message>
    <message>
      <source>This employee is disabled. See a manager.</source>
      <translation>This employee is disabled. See a manager.</translation>
    </message>
    <message>
      <source>This employee belongs to another store.</source>
      <translation>This employee belongs to another store.</translation>
    </message>
    <message>
      <source>Too many wrong PINs: wait a moment, then try again.</source>
      <translation>Too many wrong PINs: wait a moment, then try again.</translation>
    </message>
    <message>
      <source>This terminal is not enrolled: a manager must enrol it first.</source>
      <translation>This terminal is not enrolled: a manager must enrol it first.</translation>
    </message>
    <message>
      <source>A manager's code and PIN are needed (and must be right).</source>
      <translation>A manager's code and PIN are needed (and must be right).</translation>
    </message>
    <message>
      <source>The server cannot be reached. Check the network, or use demo mode.</source>
      <translation>The server cannot be reached. Check the network, or use demo mode.</translation>
    </message>
    <message>
      <source>The server refused: %1</source>
      <translation>The server refused: %1</translation>
    </message>
    <message>
      <source>Not found on this terminal.</source>
      <translation>Not found on this terminal.</translation>
    </message>
    <message>
      <source>Refused: %1</source>
      <translation>Refused: %1</translation>
    </message>
    <message>
      <source>The local journal cannot be written: %1</source>
      <translation>The local journal cannot be written: %1</translation>
    </message>
    <message>
      <source>Give a reason of at least %1 characters, with words.</source>
      <translation>Give a reason of at least %1 characters, with words.</translation>
    </message>
    <message>
      <source>The quantity must be between 1 and 10000.</source>
      <translation>The quantity must be between 1 and 10000.</translation>
    </message>
    <message>
      <source>Type the payment terminal's reference, not the card number.</source>
      <translation>Type the payment terminal's reference, not the card number.</translation>
    </message>
    <message>
      <source>Unexpected error: %1</source>
      <translation>Unexpected error: %1</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::PosScreen</name>
    <message>
      <source>Quantity  [F4]</source>
      <translation>Quantity  [F4]</translation>
    </message>
    <message>
      <source>Pay  [F12]</source>
      <translation>Pay  [F12]</translation>
    </message>
    <message>
      <source>Remove line  [Del]</source>
      <translation>Remove line  [Del]</translation>
    </message>
    <message>
      <source>Cancel a sale  [F8]</source>
      <translation>Cancel a sale  [F8]</translation>
    </message>
    <message>
      <source>Ask for stock  [F9]</source>
      <translation>Ask for stock  [F9]</translation>
    </message>
    <message>
      <source>Log out  [F10]</source>
      <translation>Log out  [F10]</translation>
    </message>
    <message>
      <source>The last receipt shows here.</source>
      <translation>The last receipt shows here.</translation>
    </message>
    <message>
      <source>Last receipt</source>
      <translation>Last receipt</translation>
    </message>
    <message>
      <source>manager</source>
      <translation>manager</translation>
    </message>
    <message>
      <source>cashier</source>
      <translation>cashier</translation>
    </message>
    <message>
      <source>%1 (%2) — %3</source>
      <translation>%1 (%2) — %3</translation>
    </message>
    <message>
      <source>Subtotal  %1</source>
      <translation>Subtotal  %1</translation>
    </message>
    <message>
      <source>GST</source>
      <translation>GST</translation>
    </message>
    <message>
      <source>QST</source>
      <translation>QST</translation>
    </message>
    <message>
      <source>GST  %1</source>
      <translation>GST  %1</translation>
    </message>
    <message>
      <source>QST  %1</source>
      <translation>QST  %1</translation>
    </message>
    <message>
      <source>TOTAL  %1</source>
      <translation>TOTAL  %1</translation>
    </message>
    <message>
      <source>Added: %1</source>
      <translation>Added: %1</translation>
    </message>
    <message>
      <source>Barcode %1 is not valid (check digit): scan it again or type it.</source>
      <translation>Barcode %1 is not valid (check digit): scan it again or type it.</translation>
    </message>
    <message>
      <source>No product with barcode %1 in the catalogue. Search it by name.</source>
      <translation>No product with barcode %1 in the catalogue. Search it by name.</translation>
    </message>
    <message>
      <source>Enter adds the highlighted product; ↓ ↑ to choose.</source>
      <translation>Enter adds the highlighted product; ↓ ↑ to choose.</translation>
    </message>
    <message>
      <source>No product matches “%1”.</source>
      <translation>No product matches “%1”.</translation>
    </message>
    <message>
      <source>The cart is empty: scan a product first.</source>
      <translation>The cart is empty: scan a product first.</translation>
    </message>
    <message>
      <source>Type the quantity, then Enter.</source>
      <translation>Type the quantity, then Enter.</translation>
    </message>
    <message>
      <source>Quantity: %1 × %2</source>
      <translation>Quantity: %1 × %2</translation>
    </message>
    <message>
      <source>Removed: %1</source>
      <translation>Removed: %1</translation>
    </message>
    <message>
      <source>Sale completed. Change due: %1</source>
      <translation>Sale completed. Change due: %1</translation>
    </message>
    <message>
      <source>Sale completed.</source>
      <translation>Sale completed.</translation>
    </message>
    <message>
      <source>The sale is cancelled; it will be synced with the servers.</source>
      <translation>The sale is cancelled; it will be synced with the servers.</translation>
    </message>
    <message>
      <source>Pick a product first: scan it or search it, then F9.</source>
      <translation>Pick a product first: scan it or search it, then F9.</translation>
    </message>
    <message>
      <source>Ask for stock</source>
      <translation>Ask for stock</translation>
    </message>
    <message>
      <source>How many of %1 should the warehouse send?</source>
      <translation>How many of %1 should the warehouse send?</translation>
    </message>
    <message>
      <source>Request for %1 × %2 queued.</source>
      <translation>Request for %1 × %2 queued.</translation>
    </message>
    <message>
      <source>Last sale  %1</source>
      <translation>Last sale  %1</translation>
    </message>
    <message>
      <source>Received  %1</source>
      <translation>Received  %1</translation>
    </message>
    <message>
      <source>CHANGE  %1</source>
      <translation>CHANGE  %1</translation>
    </message>
    <message>
      <source>Scan or search  [F2]      ↑↓ line   [Del] remove</source>
      <translation>Scan or search  [F2]      ↑↓ line   [Del] remove</translation>
    </message>
    <message>
      <source>Reprint receipt  [F11]</source>
      <translation>Reprint receipt  [F11]</translation>
    </message>
    <message>
      <source>Receipt reprinted (marked as a duplicate).</source>
      <translation>Receipt reprinted (marked as a duplicate).</translation>
    </message>
    <message>
      <source>No sale since login: nothing to reprint.</source>
      <translation>No sale since login: nothing to reprint.</translation>
    </message>
    <message>
      <source>Back office  [F6]</source>
      <translation>Back office  [F6]</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::ProductSearchModel</name>
    <message>
      <source>?</source>
      <translation>?</translation>
    </message>
    <message>
      <source>No stock level received yet</source>
      <translation>No stock level received yet</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>Product</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>Price</translation>
    </message>
    <message>
      <source>In stock</source>
      <translation>In stock</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::ProductTables</name>
    <message>
      <source>Active</source>
      <translation>Active</translation>
    </message>
    <message>
      <source>Archived</source>
      <translation>Archived</translation>
    </message>
    <message>
      <source>Barcodes</source>
      <translation>Barcodes</translation>
    </message>
    <message>
      <source>Taxable</source>
      <translation>Taxable</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Yes</translation>
    </message>
    <message>
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>Price</translation>
    </message>
    <message>
      <source>SKU</source>
      <translation>SKU</translation>
    </message>
    <message>
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <source>Old price</source>
      <translation>Old price</translation>
    </message>
    <message>
      <source>New price</source>
      <translation>New price</translation>
    </message>
    <message>
      <source>Difference</source>
      <translation>Difference</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::ProductsPage</name>
    <message>
      <source>Search by name, SKU or barcode</source>
      <translation>Search by name, SKU or barcode</translation>
    </message>
    <message>
      <source>Archived too</source>
      <translation>Archived too</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Pick a category, or type a new name to create it when saving</source>
      <translation>Pick a category, or type a new name to create it when saving</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>Price</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>SKU</source>
      <translation>SKU</translation>
    </message>
    <message>
      <source>EAN-13 or UPC-A, separated by commas</source>
      <translation>EAN-13 or UPC-A, separated by commas</translation>
    </message>
    <message>
      <source>Barcodes</source>
      <translation>Barcodes</translation>
    </message>
    <message>
      <source>Taxable (GST and QST)</source>
      <translation>Taxable (GST and QST)</translation>
    </message>
    <message>
      <source>New product (Ctrl+N)</source>
      <translation>New product (Ctrl+N)</translation>
    </message>
    <message>
      <source>Save (Ctrl+S)</source>
      <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
      <source>Price and its history</source>
      <translation>Price and its history</translation>
    </message>
    <message>
      <source>New price</source>
      <translation>New price</translation>
    </message>
    <message>
      <source>Change the price</source>
      <translation>Change the price</translation>
    </message>
    <message>
      <source>Products</source>
      <translation>Products</translation>
    </message>
    <message>
      <source>%1 products shown: %2 active, %3 archived</source>
      <translation>%1 products shown: %2 active, %3 archived</translation>
    </message>
    <message>
      <source>%1 match in all; refine the search to see the others</source>
      <translation>%1 match in all; refine the search to see the others</translation>
    </message>
    <message>
      <source>No product yet: fill in the form to add the first one.</source>
      <translation>No product yet: fill in the form to add the first one.</translation>
    </message>
    <message>
      <source>No product matches; try a shorter word, a SKU or a barcode.</source>
      <translation>No product matches; try a shorter word, a SKU or a barcode.</translation>
    </message>
    <message>
      <source>Status: %1</source>
      <translation>Status: %1</translation>
    </message>
    <message>
      <source>Archive…</source>
      <translation>Archive…</translation>
    </message>
    <message>
      <source>Unarchive…</source>
      <translation>Unarchive…</translation>
    </message>
    <message>
      <source>New product</source>
      <translation>New product</translation>
    </message>
    <message>
      <source>Product %1</source>
      <translation>Product %1</translation>
    </message>
    <message>
      <source>Change the price below: the change is kept in its history</source>
      <translation>Change the price below: the change is kept in its history</translation>
    </message>
    <message>
      <source>Fill in the form, then Save.</source>
      <translation>Fill in the form, then Save.</translation>
    </message>
    <message>
      <source>Category %1 created.</source>
      <translation>Category %1 created.</translation>
    </message>
    <message>
      <source>Type the price as an amount, like %1.</source>
      <translation>Type the price as an amount, like %1.</translation>
    </message>
    <message>
      <source>%1 added to the catalogue.</source>
      <translation>%1 added to the catalogue.</translation>
    </message>
    <message>
      <source>%1 saved.</source>
      <translation>%1 saved.</translation>
    </message>
    <message>
      <source>Type the new price as an amount, like %1.</source>
      <translation>Type the new price as an amount, like %1.</translation>
    </message>
    <message>
      <source>The price of %1 is now %2.</source>
      <translation>The price of %1 is now %2.</translation>
    </message>
    <message>
      <source>Archive the product</source>
      <translation>Archive the product</translation>
    </message>
    <message>
      <source>Unarchive the product</source>
      <translation>Unarchive the product</translation>
    </message>
    <message>
      <source>Archive %1? The tills stop selling it at their next sync; its history stays.</source>
      <translation>Archive %1? The tills stop selling it at their next sync; its history stays.</translation>
    </message>
    <message>
      <source>Put %1 back on sale? The tills sell it again at their next sync.</source>
      <translation>Put %1 back on sale? The tills sell it again at their next sync.</translation>
    </message>
    <message>
      <source>%1 archived.</source>
      <translation>%1 archived.</translation>
    </message>
    <message>
      <source>%1 is on sale again.</source>
      <translation>%1 is on sale again.</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::RecentSalesModel</name>
    <message>
      <source>Cancelled</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Completed</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Sale</source>
      <translation>Sale</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::ReplenishmentPage</name>
    <message>
      <source>Pending</source>
      <translation>Pending</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>Approved</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>Withdrawn</translation>
    </message>
    <message>
      <source>Every status</source>
      <translation>Every status</translation>
    </message>
    <message>
      <source>Every store</source>
      <translation>Every store</translation>
    </message>
    <message>
      <source>&amp;Status:</source>
      <translation>&amp;Status:</translation>
    </message>
    <message>
      <source>S&amp;tore:</source>
      <translation>S&amp;tore:</translation>
    </message>
    <message>
      <source>Selected request</source>
      <translation>Selected request</translation>
    </message>
    <message>
      <source>Select a request to see the stock it moves.</source>
      <translation>Select a request to see the stock it moves.</translation>
    </message>
    <message>
      <source>&amp;Quantity:</source>
      <translation>&amp;Quantity:</translation>
    </message>
    <message>
      <source>&amp;Approve (Ctrl+Enter)</source>
      <translation>&amp;Approve (Ctrl+Enter)</translation>
    </message>
    <message>
      <source>Reason for the store (5 to 500 characters)</source>
      <translation>Reason for the store (5 to 500 characters)</translation>
    </message>
    <message>
      <source>&amp;Reject</source>
      <translation>&amp;Reject</translation>
    </message>
    <message>
      <source>&amp;Withdraw the request…</source>
      <translation>&amp;Withdraw the request…</translation>
    </message>
    <message>
      <source>New request</source>
      <translation>New request</translation>
    </message>
    <message>
      <source>Ask for &amp;stock</source>
      <translation>Ask for &amp;stock</translation>
    </message>
    <message>
      <source>Product:</source>
      <translation>Product:</translation>
    </message>
    <message>
      <source>For:</source>
      <translation>For:</translation>
    </message>
    <message>
      <source>Quantity:</source>
      <translation>Quantity:</translation>
    </message>
    <message>
      <source>Suggestions from low stock</source>
      <translation>Suggestions from low stock</translation>
    </message>
    <message>
      <source>No store is low on stock: nothing to suggest.</source>
      <translation>No store is low on stock: nothing to suggest.</translation>
    </message>
    <message>
      <source>&amp;Create a request from this suggestion</source>
      <translation>&amp;Create a request from this suggestion</translation>
    </message>
    <message>
      <source>Replenishment</source>
      <translation>Replenishment</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <source>No pending request. Suggestions below come from low stock: create a request from one, or ask for stock with New request.</source>
      <translation>No pending request. Suggestions below come from low stock: create a request from one, or ask for stock with New request.</translation>
    </message>
    <message>
      <source>No request with this status. Choose another status or store above.</source>
      <translation>No request with this status. Choose another status or store above.</translation>
    </message>
    <message>
      <source>%1 × %2 for %3, asked %4 (%5).</source>
      <translation>%1 × %2 for %3, asked %4 (%5).</translation>
    </message>
    <message>
      <source>Asking inventory for the stock…</source>
      <translation>Asking inventory for the stock…</translation>
    </message>
    <message>
      <source>not stocked yet</source>
      <translation>not stocked yet</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <source>Central stock: %1</source>
      <translation>Central stock: %1</translation>
    </message>
    <message>
      <source>Central stock is short: approving %1 will be refused.</source>
      <translation>Central stock is short: approving %1 will be refused.</translation>
    </message>
    <message>
      <source>Approving %1 takes central stock to %2 and %3 to %4.</source>
      <translation>Approving %1 takes central stock to %2 and %3 to %4.</translation>
    </message>
    <message>
      <source>Approved: %1 × %2 sent from the central warehouse to %3.</source>
      <translation>Approved: %1 × %2 sent from the central warehouse to %3.</translation>
    </message>
    <message>
      <source>Rejected: %1 for %2. The store sees the reason.</source>
      <translation>Rejected: %1 for %2. The store sees the reason.</translation>
    </message>
    <message>
      <source>Withdraw the request for %1 × %2 for %3? The store will have to ask again.</source>
      <translation>Withdraw the request for %1 × %2 for %3? The store will have to ask again.</translation>
    </message>
    <message>
      <source>Withdrawn: %1 for %2.</source>
      <translation>Withdrawn: %1 for %2.</translation>
    </message>
    <message>
      <source>Choose a product and a store first (their lists come from the catalogue and the sales server).</source>
      <translation>Choose a product and a store first (their lists come from the catalogue and the sales server).</translation>
    </message>
    <message>
      <source>Request created: %1 × %2 for %3, pending.</source>
      <translation>Request created: %1 × %2 for %3, pending.</translation>
    </message>
    <message>
      <source>Select a suggestion first.</source>
      <translation>Select a suggestion first.</translation>
    </message>
    <message>
      <source>Request created from the suggestion: %1 × %2 for %3, pending.</source>
      <translation>Request created from the suggestion: %1 × %2 for %3, pending.</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::ReportsPage</name>
    <message>
      <source>Dashboard</source>
      <translation>Dashboard</translation>
    </message>
    <message>
      <source>Products sold</source>
      <translation>Products sold</translation>
    </message>
    <message>
      <source>Ruptures and overstock</source>
      <translation>Ruptures and overstock</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Reports</translation>
    </message>
    <message>
      <source>Period from</source>
      <translation>Period from</translation>
    </message>
    <message>
      <source>until</source>
      <translation>until</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Today</translation>
    </message>
    <message>
      <source>This week</source>
      <translation>This week</translation>
    </message>
    <message>
      <source>This month</source>
      <translation>This month</translation>
    </message>
    <message>
      <source>Export CSV… (Ctrl+E)</source>
      <translation>Export CSV… (Ctrl+E)</translation>
    </message>
    <message>
      <source>Export PDF… (Ctrl+P)</source>
      <translation>Export PDF… (Ctrl+P)</translation>
    </message>
    <message>
      <source>Per store</source>
      <translation>Per store</translation>
    </message>
    <message>
      <source>Ruptures (level 0 or less)</source>
      <translation>Ruptures (level 0 or less)</translation>
    </message>
    <message>
      <source>Overstock (more than 10 in store)</source>
      <translation>Overstock (more than 10 in store)</translation>
    </message>
    <message>
      <source>Stock levels are today's, whatever the period chosen.</source>
      <translation>Stock levels are today's, whatever the period chosen.</translation>
    </message>
    <message>
      <source>The first day of the period cannot come after its last day.</source>
      <translation>The first day of the period cannot come after its last day.</translation>
    </message>
    <message>
      <source>No sale in %1. Choose another period above (Today, This week, This month or the dates).</source>
      <translation>No sale in %1. Choose another period above (Today, This week, This month or the dates).</translation>
    </message>
    <message>
      <source>Revenue per store (before taxes)</source>
      <translation>Revenue per store (before taxes)</translation>
    </message>
    <message>
      <source>Revenue</source>
      <translation>Revenue</translation>
    </message>
    <message>
      <source>Top products (units sold)</source>
      <translation>Top products (units sold)</translation>
    </message>
    <message>
      <source>Units sold</source>
      <translation>Units sold</translation>
    </message>
    <message>
      <source>Ruptures and overstock (products)</source>
      <translation>Ruptures and overstock (products)</translation>
    </message>
    <message>
      <source>Ruptures</source>
      <translation>Ruptures</translation>
    </message>
    <message>
      <source>Overstock</source>
      <translation>Overstock</translation>
    </message>
    <message>
      <source>The file %1 cannot be written (%2): choose another folder.</source>
      <translation>The file %1 cannot be written (%2): choose another folder.</translation>
    </message>
    <message>
      <source>Report saved to %1.</source>
      <translation>Report saved to %1.</translation>
    </message>
    <message>
      <source>report</source>
      <translation>report</translation>
    </message>
    <message>
      <source>Export the report as PDF</source>
      <translation>Export the report as PDF</translation>
    </message>
    <message>
      <source>Export the report as CSV</source>
      <translation>Export the report as CSV</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV files (*.csv)</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::SalesPage</name>
    <message>
      <source>S&amp;tore:</source>
      <translation>S&amp;tore:</translation>
    </message>
    <message>
      <source>&amp;From:</source>
      <translation>&amp;From:</translation>
    </message>
    <message>
      <source>T&amp;o:</source>
      <translation>T&amp;o:</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>Everyone</translation>
    </message>
    <message>
      <source>&amp;Cashier:</source>
      <translation>&amp;Cashier:</translation>
    </message>
    <message>
      <source>Every status</source>
      <translation>Every status</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Completed</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <source>St&amp;atus:</source>
      <translation>St&amp;atus:</translation>
    </message>
    <message>
      <source>F&amp;lagged only</source>
      <translation>F&amp;lagged only</translation>
    </message>
    <message>
      <source>No sale matches these filters. Widen the period or choose Everyone and Every status.</source>
      <translation>No sale matches these filters. Widen the period or choose Everyone and Every status.</translation>
    </message>
    <message>
      <source>Receipt</source>
      <translation>Receipt</translation>
    </message>
    <message>
      <source>Select a sale to read its receipt.</source>
      <translation>Select a sale to read its receipt.</translation>
    </message>
    <message>
      <source>Reason for cancelling (5 to 500 characters)</source>
      <translation>Reason for cancelling (5 to 500 characters)</translation>
    </message>
    <message>
      <source>Ca&amp;ncel the sale…</source>
      <translation>Ca&amp;ncel the sale…</translation>
    </message>
    <message>
      <source>Sales</source>
      <translation>Sales</translation>
    </message>
    <message>
      <source>The sales of this store are read by its own manager.</source>
      <translation>The sales of this store are read by its own manager.</translation>
    </message>
    <message>
      <source>Asking the sales server…</source>
      <translation>Asking the sales server…</translation>
    </message>
    <message>
      <source>%1 sales   ·   revenue %2   ·   %3 cancelled   ·   %4 flagged</source>
      <translation>%1 sales   ·   revenue %2   ·   %3 cancelled   ·   %4 flagged</translation>
    </message>
    <message>
      <source>   (the first %1 only: narrow the period)</source>
      <translation>   (the first %1 only: narrow the period)</translation>
    </message>
    <message>
      <source>Cancel the sale of %1 (%2)? Its items go back to the store's stock; this cannot be undone.</source>
      <translation>Cancel the sale of %1 (%2)? Its items go back to the store's stock; this cannot be undone.</translation>
    </message>
    <message>
      <source>Sale of %1 (%2) cancelled; its items go back to the store's stock.</source>
      <translation>Sale of %1 (%2) cancelled; its items go back to the store's stock.</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::StockPage</name>
    <message>
      <source>All locations</source>
      <translation>All locations</translation>
    </message>
    <message>
      <source>Location:</source>
      <translation>Location:</translation>
    </message>
    <message>
      <source>Filter by product</source>
      <translation>Filter by product</translation>
    </message>
    <message>
      <source>Transfers</source>
      <translation>Transfers</translation>
    </message>
    <message>
      <source>Movements</source>
      <translation>Movements</translation>
    </message>
    <message>
      <source>Thresholds</source>
      <translation>Thresholds</translation>
    </message>
    <message>
      <source>Select a level to edit its thresholds.</source>
      <translation>Select a level to edit its thresholds.</translation>
    </message>
    <message>
      <source>Critical at</source>
      <translation>Critical at</translation>
    </message>
    <message>
      <source>Low at</source>
      <translation>Low at</translation>
    </message>
    <message>
      <source>High at</source>
      <translation>High at</translation>
    </message>
    <message>
      <source>Save thresholds (Ctrl+S)</source>
      <translation>Save thresholds (Ctrl+S)</translation>
    </message>
    <message>
      <source>Levels</source>
      <translation>Levels</translation>
    </message>
    <message>
      <source>No stock exception: no level went below zero. Offline sales that sell more than there is show here.</source>
      <translation>No stock exception: no level went below zero. Offline sales that sell more than there is show here.</translation>
    </message>
    <message>
      <source>The sales that took it below zero:</source>
      <translation>The sales that took it below zero:</translation>
    </message>
    <message>
      <source>Show the sale (Enter)</source>
      <translation>Show the sale (Enter)</translation>
    </message>
    <message>
      <source>Stock exceptions</source>
      <translation>Stock exceptions</translation>
    </message>
    <message>
      <source>Stock</source>
      <translation>Stock</translation>
    </message>
    <message>
      <source>Transfers (%1)</source>
      <translation>Transfers (%1)</translation>
    </message>
    <message>
      <source>Movements (%1)</source>
      <translation>Movements (%1)</translation>
    </message>
    <message>
      <source>No transfer yet: approved replenishment requests move stock from the central warehouse to the stores.</source>
      <translation>No transfer yet: approved replenishment requests move stock from the central warehouse to the stores.</translation>
    </message>
    <message>
      <source>%1 stock exceptions to look at</source>
      <translation>%1 stock exceptions to look at</translation>
    </message>
    <message>
      <source>Stock exceptions (%1)</source>
      <translation>Stock exceptions (%1)</translation>
    </message>
    <message>
      <source>%1 at %2: level %3 (%4)</source>
      <translation>%1 at %2: level %3 (%4)</translation>
    </message>
    <message>
      <source>Select a level first.</source>
      <translation>Select a level first.</translation>
    </message>
    <message>
      <source>Thresholds saved.</source>
      <translation>Thresholds saved.</translation>
    </message>
    <message>
      <source>The sales of %1 are open to its managers: give them the sale numbers %2.</source>
      <translation>The sales of %1 are open to its managers: give them the sale numbers %2.</translation>
    </message>
    <message>
      <source>This movement does not come from a sale (%1).</source>
      <translation>This movement does not come from a sale (%1).</translation>
    </message>
    <message>
      <source>Sale %1 of %2 at %3, %4</source>
      <translation>Sale %1 of %2 at %3, %4</translation>
    </message>
    <message>
      <source>recorded offline at the till</source>
      <translation>recorded offline at the till</translation>
    </message>
    <message>
      <source>recorded online</source>
      <translation>recorded online</translation>
    </message>
    <message>
      <source>%1 × %2 at %3 = %4</source>
      <translation>%1 × %2 at %3 = %4</translation>
    </message>
    <message>
      <source>Total %1</source>
      <translation>Total %1</translation>
    </message>
    <message>
      <source>This sale was cancelled.</source>
      <translation>This sale was cancelled.</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::StockTables</name>
    <message>
      <source>%1 (default)</source>
      <translation>%1 (default)</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>Level</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>Label</translation>
    </message>
    <message>
      <source>Negative</source>
      <translation>Negative</translation>
    </message>
    <message>
      <source>Out of stock</source>
      <translation>Out of stock</translation>
    </message>
    <message>
      <source>%1 levels: %2 low, %3 critical, %4 out of stock, %5 negative</source>
      <translation>%1 levels: %2 low, %3 critical, %4 out of stock, %5 negative</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Location</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>Product</translation>
    </message>
    <message>
      <source>Critical at</source>
      <translation>Critical at</translation>
    </message>
    <message>
      <source>Low at</source>
      <translation>Low at</translation>
    </message>
    <message>
      <source>High at</source>
      <translation>High at</translation>
    </message>
    <message>
      <source>Updated</source>
      <translation>Updated</translation>
    </message>
    <message>
      <source>Sales that caused it</source>
      <translation>Sales that caused it</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Quantity</translation>
    </message>
    <message>
      <source>Level after</source>
      <translation>Level after</translation>
    </message>
    <message>
      <source>Recorded</source>
      <translation>Recorded</translation>
    </message>
    <message>
      <source>Offline at the till</source>
      <translation>Offline at the till</translation>
    </message>
    <message>
      <source>Online</source>
      <translation>Online</translation>
    </message>
    <message>
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <source>Sale</source>
      <translation>Sale</translation>
    </message>
    <message>
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <source>To</source>
      <translation>To</translation>
    </message>
    <message>
      <source>By</source>
      <translation>By</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Source</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::SyncPage</name>
    <message>
      <source>No terminal is enrolled in this store yet: a till asks for a manager's code and PIN at its first start.</source>
      <translation>No terminal is enrolled in this store yet: a till asks for a manager's code and PIN at its first start.</translation>
    </message>
    <message>
      <source>No rejected command: the servers applied everything this store's terminals sent.</source>
      <translation>No rejected command: the servers applied everything this store's terminals sent.</translation>
    </message>
    <message>
      <source>No flag: offline sales matched the catalogue and the till totals, and no stock went below zero.</source>
      <translation>No flag: offline sales matched the catalogue and the till totals, and no stock went below zero.</translation>
    </message>
    <message>
      <source>Terminals of this store</source>
      <translation>Terminals of this store</translation>
    </message>
    <message>
      <source>Rejected commands</source>
      <translation>Rejected commands</translation>
    </message>
    <message>
      <source>Flagged sales and stock</source>
      <translation>Flagged sales and stock</translation>
    </message>
    <message>
      <source>Flags stay listed: the servers do not record that a flag was reviewed yet. Sales with flags stand as sold; nothing here changes a sale.</source>
      <translation>Flags stay listed: the servers do not record that a flag was reviewed yet. Sales with flags stand as sold; nothing here changes a sale.</translation>
    </message>
    <message>
      <source>Sync and conflicts</source>
      <translation>Sync and conflicts</translation>
    </message>
    <message>
      <source>Terminals: %1   ·   Pending on this terminal: %2   ·   Rejected commands: %3   ·   Flags to look at: %4</source>
      <translation>Terminals: %1   ·   Pending on this terminal: %2   ·   Rejected commands: %3   ·   Flags to look at: %4</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>unknown</translation>
    </message>
    <message>
      <source>Last push: sales and cancellations sent; last read: prices and stock received; seq ack.: the last command number the sales server confirmed. Pending commands are known only for this terminal.</source>
      <translation>Last push: sales and cancellations sent; last read: prices and stock received; seq ack.: the last command number the sales server confirmed. Pending commands are known only for this terminal.</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::SyncStatusBar</name>
    <message>
      <source>never</source>
      <translation>never</translation>
    </message>
    <message>
      <source>just now</source>
      <translation>just now</translation>
    </message>
    <message>
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <source>%1 h</source>
      <translation>%1 h</translation>
    </message>
    <message>
      <source>%1 d</source>
      <translation>%1 d</translation>
    </message>
    <message>
      <source>● DEMO MODE — no server</source>
      <translation>● DEMO MODE — no server</translation>
    </message>
    <message>
      <source>● Another app is syncing this terminal</source>
      <translation>● Another app is syncing this terminal</translation>
    </message>
    <message>
      <source>● Online</source>
      <translation>● Online</translation>
    </message>
    <message>
      <source>● Offline — sales are kept and sent later</source>
      <translation>● Offline — sales are kept and sent later</translation>
    </message>
    <message>
      <source>To sync: %1</source>
      <translation>To sync: %1</translation>
    </message>
    <message>
      <source>rejected: %1</source>
      <translation>rejected: %1</translation>
    </message>
    <message>
      <source>Prices and stock: demo data</source>
      <translation>Prices and stock: demo data</translation>
    </message>
    <message>
      <source>Prices: %1 · Stock: %2</source>
      <translation>Prices: %1 · Stock: %2</translation>
    </message>
    <message>
      <source>Receipts to print: %1</source>
      <translation>Receipts to print: %1</translation>
    </message>
    <message>
      <source>● Terminal not set up</source>
      <translation>● Terminal not set up</translation>
    </message>
    <message>
      <source>● Offline for more than %1 h — sales are kept; tell a manager: prices and stock may be out of date</source>
      <translation>● Offline for more than %1 h — sales are kept; tell a manager: prices and stock may be out of date</translation>
    </message>
  </context>
</TS>
