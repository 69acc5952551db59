<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DisplayNames</name>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>gender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>gender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <comment>WeChat conversation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <comment>store or home visit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <comment>text message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad lead form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>source channel</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll</name>
    <message>
        <source>No tag with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown stage %1 (use one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merged notes would be longer than %1 characters; shorten one of them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merged points are out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff member with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number %1 is not on this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact can have at most %1 phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid phone number %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid phone number %1: extensions cannot be stored; put the extension in the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact can have at most %1 phone numbers; %2 were given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat ID %1 may contain only letters, digits and _ - . @ +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown gender %1 (use female, male, other or leave empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday %1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday %1 is before 1900</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent level must be 0 to 3, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points %1 are out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a broken character at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains the replacement character U+FFFD at position %2; the text was probably decoded with the wrong encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains the control character U+%2 at position %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid id: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag name %1 must not contain “/”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; files of at most %3 can be added to the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A material can have at most %1 tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a web address (http:// or https://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link needs its web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mini program needs its app id: wx followed by 16 hex digits, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page path is a path inside the mini program, e.g. pages/index/index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has %1 fields but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters (at most %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid WeChat ID %1: only letters, digits and _ - . @ + are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many phone numbers: %1 (at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a landline or service number (%1), which does not identify a person: a mobile number or WeChat ID is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither a mobile number nor a WeChat ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown text encoding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text cannot be written in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::BlobStore</name>
    <message>
        <source>No file at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was being added; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of this material is not on this device yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file is damaged; it was not exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::ColumnMapping</name>
    <message>
        <source>Unknown field %1 for column %2 (use one of: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::ContactFieldRepository</name>
    <message>
        <source>Field name %1 must be 1 to %2 letters, digits or _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::ContactRepository</name>
    <message>
        <source>A contact cannot be merged into itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new contact has no phone numbers to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact needs at least a name, a nickname, a WeChat ID or a phone number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::CsvReader</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field opened on line %1 is never closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::Database</name>
    <message>
        <source>No store at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file; refusing to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store was written unencrypted; refusing to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher is not active in this build; refusing to open the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store cannot be decrypted with this key, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign key violation in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher is not active.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::FollowUpRepository</name>
    <message>
        <source>Unknown follow-up kind %1 (use one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up cannot happen in the future (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up time %1 is implausibly early</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::HolidayCalendar</name>
    <message>
        <source>Only managers and admins can edit the holiday list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A holiday needs a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No holiday with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::KeyVault</name>
    <message>
        <source>A data key must be exactly 32 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Liuliang process is changing the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key does not belong to this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key derivation parameters are out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase, the system keychain, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is unavailable (%1); the key is protected by the passphrase only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile has no passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is inconsistent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile does not keep its key in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain has no key for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain entry does not hold this profile&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a passphrase before removing the key from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot wrap the data key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crypto library is unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase, or the key file was modified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::LeadAllocator</name>
    <message>
        <source>No staff member with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member %1 has left and cannot receive leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no active guides to allocate leads to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::LeadImporter</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds a phone number or WeChat ID (columns: %1); map one with --map COLUMN=phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row contains bytes that are not valid %1 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::MaterialLibrary</name>
    <message>
        <source>Only managers and admins can add team materials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in before adding a personal material.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown material kind %1 (use one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A material of kind %1 needs a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team materials are read-only for guides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This material belongs to another guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind and the file of a material cannot change; add a new material instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot delete this material.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No material with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This material has no cover image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This material has no file (it is a %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This material has no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown use %1 (copy, save, open or send)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only managers and admins can purge unused files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::Migrator</name>
    <message>
        <source>The store was written by a newer Liuliang (schema %1); please update the application.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::OrgRepository</name>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation has been set up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff member with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role %1 (use guide, manager or admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::PhoneNumber</name>
    <message>
        <source>The phone number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension must be 1 to 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number contains “%1”, which is not a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number contains no digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An international number must have 5 to 20 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number cannot have an extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After +86 a Chinese mobile or landline number is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number has 11 digits; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid mobile number: mobile numbers start with 13 to 19.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is too short (%1 digits, at least 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is too long (%1 digits, at most 20).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::ProductRepository</name>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU %1 may contain only letters, digits and _ . : / # + -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption cycle must be 0 to %1 days, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product with SKU %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product with id or SKU %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::Profile</name>
    <message>
        <source>Cannot create the profile directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restrict permissions of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile already exists in %1; unlock it instead of creating a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was found but the store %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile in %1. Run init first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::PurchaseRepository</name>
    <message>
        <source>Quantity must be 1 to %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase date %1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::ReminderEngine</name>
    <message>
        <source>No current reminder with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until a day after %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::RuleRepository</name>
    <message>
        <source>Unknown stage %1 (use one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead days must be 0 to %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule can be scoped to at most %1 tags or stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dormant rule needs 1 to %1 days without contact, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead response rule needs 1 to %1 hours, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only managers and admins can add team rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in before adding a personal rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown rule kind %1 (use one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team rules can be changed by managers and admins only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rule belongs to another guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of a rule cannot change; add a new rule instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot delete this rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder rule with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::ScriptLibrary</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A script can have at most %1 tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script contains sensitive words: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only managers and admins can add team scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in before adding a personal script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown script category %1 (use one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team scripts are read-only for guides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This script belongs to another guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot delete this script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No script with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::SensitiveWords</name>
    <message>
        <source>The text contains sensitive words: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only managers and admins can edit the sensitive-word list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the list as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the sensitive-word list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::TagRepository</name>
    <message>
        <source>Tag group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour %1 must be written #rrggbb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag group named %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tag group with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1 already exists in group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag name must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1 exists in several groups; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tag named %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::TextDecoder</name>
    <message>
        <source>Unknown text encoding %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::TextLimits</name>
    <message>
        <source>%1 is too long: %2 characters (at most %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::cli</name>
    <message>
        <source>Unknown option &apos;%1&apos;. Options are long (--name); use -- before an argument that starts with &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &apos;--%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option &apos;--%1&apos; given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option &apos;--%1&apos; takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option &apos;--%1&apos; needs a value (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: expected a whole number from %2 to %3, got &apos;%4&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: expected a date as YYYY-MM-DD, got &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: expected an ISO 8601 date-time such as 2026-05-01T14:30 or 2026-05-01T14:30:00+08:00, got &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: expected an amount in yuan such as 12 or 12.34, got &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is accessible to other users (expected owner-only permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file starts with the plaintext SQLite header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRAGMA cipher_version is empty: SQLCipher is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:        %1
SQLCipher:      %2
File header:    %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLAINTEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1.</source>
        <translation>
            <numerusform>%n problem found in %1.</numerusform>
            <numerusform>%n problems found in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify the integrity and encryption of the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the store: SQLite integrity, foreign keys, SQLCipher active, no plaintext header, owner-only permissions. Prints ok or the problems (exit code 7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;liuliang-cli --help&apos; for the list of commands.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liuliang-cli: argument %1 is not valid UTF-8; nothing was changed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liuliang-cli: argument %1 is too long (more than %2 characters); nothing was changed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos; before the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1 %2&apos;. See &apos;liuliang-cli %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See &apos;liuliang-cli %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number of arguments: liuliang-cli %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liuliang-cli: warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--passphrase-env: the environment variable %1 is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--passphrase-env: %1 is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--passphrase-env: %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile in %1. Create one with &apos;liuliang-cli init&apos; (or pass --profile DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is locked and standard input is not a terminal: use --passphrase-env VAR or --keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input is not a terminal: pass the new passphrase with --passphrase-env VAR, or use --keychain --no-passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile directory (default: the per-user application data directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the passphrase from environment variable VAR (for scripts and CI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with the key stored in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (stable snake_case field names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show full phone numbers instead of masked ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact add needs --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added contact %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact edit: nothing to change; give at least one field option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated contact %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted contact %1 (%2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot merge a contact with itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1 into %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duplicates of %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers: add, list, show, edit, delete, merge and find duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change fields of a contact; an empty value (--city &apos;&apos;) clears a field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge OTHER into KEEP: phones, tags, follow-ups, purchases and notes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List contacts sharing a mobile number or WeChat ID with this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INTENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST CONTACTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QTY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stage: expected one of %1, got &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sort: expected last-contacted, name, created or updated, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts match (%1 in total).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2 of %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List contacts, newest contact first; filters combine with AND.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, nickname, notes, phone digits, pinyin (zhangsan), initials (zs), 繁/简.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only contacts with this tag (id, group/name or name); repeat: all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With several --tag: any of them instead of all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this lifecycle stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only contacts of this guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only contacts of this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last-contacted (default), name, created or updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N contacts (default 50, 0 = all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the first N contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (required for add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat nickname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace all phone numbers (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number; +86, spaces, dashes and full-width digits are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female, male, other (or 女/男).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source channel, e.g. walk_in, referral, ad_form, live_stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle stage: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent level: 0 unknown, 1 low, 2 medium, 3 high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free-text notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owning guide (default: this device&apos;s staff member).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the saved contact as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--gender: expected female, male or other, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--birthday: %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Follow-ups (%1):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Purchases (%1):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a contact with its tags, phones, follow-ups and purchases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:
  0  success
  1  other error (I/O, database)
  2  usage error (unknown command or option, missing argument)
  3  wrong passphrase
  4  no profile in the directory (run init first)
  5  not found (unknown contact, tag or product)
  6  invalid input (phone, date, number, over-long or invalid UTF-8 text)
  7  encryption inactive or store corrupt
  8  already exists (profile, or a name that must be unique)
  9  key not available from the OS keychain
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followup add needs --kind (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind: expected one of %1, got &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 with %2 (%3) at %4.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-ups with %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up records (append-only): calls, chats, visits, messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a follow-up; also updates the contact&apos;s last-contacted time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call, chat, visit or message (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome, e.g. interested, no answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script that was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material that was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When, ISO 8601 (default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a contact&apos;s follow-ups, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N records (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options (accepted before or after the command):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking: --keychain, else --passphrase-env VAR, else a hidden prompt when standard
input is a terminal; otherwise the command fails with exit code 2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liuliang-cli: the headless face of Liuliang (留量), for admins, scripts and tests.

Usage: liuliang-cli [global options] COMMAND [arguments] [options]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &apos;liuliang-cli COMMAND --help&apos; for the options of one command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1

%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Options:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--store and --staff need --org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role: expected guide, manager or admin, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--no-passphrase needs --keychain: the key must be protected somehow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile already exists in %1; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created an encrypted profile in %1; its key is protected by: %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contacts are owned by staff member %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an encrypted profile (refuses when one exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new encrypted profile (refuses when one exists). The key is protected by the passphrase and/or, with --keychain, the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the local organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a store of the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your own staff record; it owns new contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of that staff record: guide, manager, admin (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --keychain: protect the key by the keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product add needs --sku and --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sku and --name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added product %1 %2 (%3).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No products.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CYCLE DAYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products: SKU, name, category and consumption cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock-keeping unit, unique (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product name (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days one unit lasts, for repurchase reminders (0 = none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purchase add needs --product SKU|ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded purchase of %1 x%2 (%3) by %4 (%5).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchases by %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases (append-only); a purchase makes a lead or prospect a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount paid, e.g. 12.34 (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of purchase (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a contact&apos;s purchases, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag group for tags created here (default: 默认).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONTACTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged %1 (%2): %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untagged %1 (%2): %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created tag %1 (%2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted tag %1 (%2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAG is a tag id, group/name, or a name unique across groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: label contacts, create, list and delete tags. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag a contact; missing tags are created (in --group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tags from a contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List all tags, or the tags of one contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show how many contacts carry each tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a tag without using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a tag; it disappears from every contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export contacts needs --format csv or --format vcard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export contacts needs --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 contacts to %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contacts to CSV or vCard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contacts (newest first) to CSV (UTF-8 with BOM, Chinese headers, formulas neutralised) or vCard 4.0; filters combine with AND.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv or vcard (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only contacts matching this search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only contacts with this tag; repeat: all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map: expected COLUMN=FIELD, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map: unknown field &apos;%1&apos; (use one of: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--allocate: expected round-robin, city or load, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--city: expected CITY=STAFF_ID[,STAFF_ID...], got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--guides and --city need --allocate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--city needs --allocate city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding %1; columns: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read: %1
New contacts: %2
Merged duplicates: %3
Already imported: %4
Rejected: %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing contacts merged with each other: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated to %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  line %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ... and %1 more
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows written to %1 (fix them and import that file).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import stopped at line %1: %2. The rows before it are saved; importing the file again continues without duplicating them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import leads from ad-platform and lead-form exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import leads from a CSV file (UTF-8 or GBK/GB18030, detected): deduplicates by mobile and WeChat ID, merges duplicates, rejects rows without either, allocates new leads. Importing the same file again changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map a column to name, phone, wechat, nickname, source, city, intent, created, notes or ignore; repeat for several columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source channel for rows that have none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners of new leads: round-robin, city or load (default: you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff ids to allocate to (default: every active guide).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --allocate city: guides for a city (default: the guides of the stores in that city); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write rejected rows with their reason to this CSV file (UTF-8 with BOM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force the file&apos;s encoding (UTF-8, GB18030, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per transaction (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 id prefix &apos;%2&apos; is ambiguous; give more characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 with id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved, but the contact&apos;s reminders were not updated (%1); they will be on the next &apos;reminders due&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material add needs --kind (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material add --kind %1 needs a FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material add --kind link needs --url URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 %2 (%3) %4.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 %2 %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No materials.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE / URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material export needs --out PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists; pass --force to overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 (%2) to %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The material library (素材): images, videos, documents, posters and links. Files are stored encrypted inside the profile, the same file once. You act as the profile&apos;s staff member (init --staff) with that member&apos;s role; without one, as a guide. Team materials need a manager or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a file (image, video, document, poster; at most 100 MB) or a link (--url).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image, video, document, poster, link or mini_program (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (default: the file name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link: the address (required); mini_program: fallback page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mini_program: app id (wx + 16 hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mini_program: page path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team material (managers and admins); default: a personal one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List team materials and yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, description, tags, category, file name; pinyin too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypt a material&apos;s file to PATH (verified against its SHA-256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the file (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite PATH if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mine: this profile has no staff member of its own (init --staff).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due on %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABOUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RULE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCRIPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminders snooze needs --until YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed %1 (%2, %3) until %4.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked %1 (%2, %3) %4.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders generated from the rules: what is due, and what you did about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open reminders due on or before the date, grouped by kind (run-out, lead response, dormant, birthday, holiday, custom date), overdue first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day to look from (default: today, Asia/Shanghai).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your own contacts&apos; reminders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a reminder done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide a reminder until a later day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show it again from this day (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss a reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: expected yes or no, got &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule was saved, but reminders were not regenerated (%1); they will be on the next &apos;reminders due&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule add needs --name and --kind (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added rule %1 (%2) %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved rule %1 (%2) %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted rule %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rules.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEAD DAYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THRESHOLD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule name (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runout, birthday, holiday, dormant, lead_sla or custom_date (required; fixed once added).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind N days before the date (runout, birthday, holiday, custom_date; 0-365).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dormant: days without contact; lead_sla: hours a new lead may wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runout: only this product (&apos;&apos; = every product).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holiday: only this holiday (&apos;&apos; = every holiday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom_date: the contact&apos;s custom date field (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom_date: remind every year (default yes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only contacts with any of these tags (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only contacts in any of these stages (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only contacts of any of these stores (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested script id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the rule generates reminders (default yes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team rule (managers and admins); default: a personal rule of yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder rules (run-out, birthday, holiday, dormant, lead SLA, custom date). You act as the profile&apos;s staff member (init --staff) with that member&apos;s role; without one, as a guide. Team rules need a manager or admin. Every change regenerates the reminders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the team&apos;s rules and yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a rule; repeated options (--tag, --stage, --store) replace the list, &apos;&apos; clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>script add needs --title and --body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--category: expected one of %1, got &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown placeholders: %1 (known: %2). Use --allow-unknown for a custom field that does not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added script %1 (%2) %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scripts.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>script render needs --contact CONTACT_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>script use needs --contact CONTACT_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sensitive words.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You act as the profile&apos;s staff member (init --staff) with that member&apos;s role; without one, as a guide. Team scripts need a manager or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script library (话术): texts with {placeholders} filled from a customer. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a script. Placeholders: {name}, {nickname}, {product}, {days_since_purchase}, {guide}, {store} and custom fields; {{ and }} are literal braces. Unknown placeholders and sensitive words are refused (exit 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>welcome, product_intro, objection, holiday, birthday, runout or custom (default custom).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team script (managers and admins); default: a personal one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept placeholders that are not known yet (a custom field to come).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List team scripts and yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, text or tags; Chinese, pinyin or initials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a script personalised for a customer; unknown or empty placeholders and sensitive words are listed and exit 6 (with --json the report is printed too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product for {product} (default: the customer&apos;s latest purchase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render for a customer, record the use as a follow-up (message) and print the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s sensitive-word list (敏感词), checked when scripts are saved, rendered and used. Changes need a manager or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add words (all or nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove words as listed (all or nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::contact_rows</name>
    <message>
        <source>No contact with row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1 was merged into contact %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1 was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a contact id (give the full id or its first %2 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id prefix %1 matches several contacts; give more characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::script_template::Rendered</name>
    <message>
        <source>Unknown placeholders: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value for this customer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position %1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaired brace at %1; write {{ or }} for a literal brace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::ui::AppController</name>
    <message numerus="yes">
        <source>Locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>Locked after %n minute without use.</numerusform>
            <numerusform>Locked after %n minutes without use.</numerusform>
        </translation>
    </message>
    <message>
        <source>Liuliang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) are waiting for a follow-up.</source>
        <translation>
            <numerusform>%n contact is waiting for a follow-up.</numerusform>
            <numerusform>%n contacts are waiting for a follow-up.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ll::ui::ComingLaterPage</name>
    <message>
        <source>This part comes in a later version of Liuliang.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::ui::ContactDetailPane</name>
    <message>
        <source>Select a contact to see the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call, chat or visit (Ctrl+F, then Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>last contacted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-ups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 × %3  %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchases yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly the same person as “%1” %2 (same phone or WeChat ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the other record into “%1”? Its phones, tags, follow-ups and purchases move here; it then disappears from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You changed the profile of “%1”. Save the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::ui::ContactListModel</name>
    <message>
        <source>Never contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>guide who owns the customer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::ui::ContactProfileForm</name>
    <message>
        <source>e.g. 138 0013 8000, 010-12345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the full numbers to edit or dial them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>intent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <comment>intent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>intent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <comment>intent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat &amp;nickname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is needed, even just a surname like 王女士.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birthday is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::ui::ContactsPage</name>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers are masked (138****8000) so nobody reads them over your shoulder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as segment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this search and filter in the navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this segment (e.g. VIP not seen for 90 days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, WeChat nickname, phone digits, pinyin (zhangsan), initials (zs) or traditional characters (張三). Ctrl+K jumps here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, phone, pinyin, initials…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::ui::CreateProfileDialog</name>
    <message>
        <source>Welcome to Liuliang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your customers stay on this computer, encrypted.&lt;/b&gt;&lt;br&gt;Nobody can read them without unlocking, not even with the laptop in hand. Choose how you will unlock Liuliang:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a &amp;passphrase I type when I open Liuliang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safest choice. If you forget the passphrase, nobody can recover the data on this computer, so write it down somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With this computer&apos;s &amp;keychain (no typing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liuliang opens by itself while you are logged in to this computer account. Convenient, but anyone who can use your logged-in account can open it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one way to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a passphrase, losing this computer&apos;s keychain (for example after reinstalling the system) means losing the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the encrypted profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::ui::FollowUpDialog</name>
    <message>
        <source>Follow-up with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::ui::MainWindow</name>
    <message>
        <source>Liuliang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready-made messages with the customer&apos;s name filled in, copied in one click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images, videos and posters to send to customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your team&apos;s customers, workload and hand-overs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Liuliang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Liuliang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Liuliang %1&lt;/b&gt;&lt;br&gt;Keep your customers: follow-up, tags and reminders for store guides.&lt;br&gt;Customer data is encrypted on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::ui::NewContactDialog</name>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat &amp;nickname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is needed, even just a surname like 王女士.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after no use for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Not contacted for a long time” means:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::ui::TagEditor</name>
    <message>
        <source>Add a tag… (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected tags (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::ui::TagFilterPanel</name>
    <message>
        <source>&lt;b&gt;Tags&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <comment>match all checked tags (AND)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts that have every checked tag (AND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <comment>match any checked tag (OR)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts that have at least one checked tag (OR)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::ui::TodayPage</name>
    <message>
        <source>Reminders for birthdays and product run-outs arrive in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — new lead, waiting %n hour(s)</source>
        <translation>
            <numerusform>%1 — new lead, waiting %n hour</numerusform>
            <numerusform>%1 — new lead, waiting %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, last contacted %n day(s) ago</source>
        <translation>
            <numerusform>%1 — %2, last contacted %n day ago</numerusform>
            <numerusform>%1 — %2, last contacted %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, never contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;New leads not contacted yet&lt;/b&gt; (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Not contacted for more than %n day(s)&lt;/b&gt; (%1)</source>
        <translation>
            <numerusform>&lt;b&gt;Not contacted for more than %n day&lt;/b&gt; (%1)</numerusform>
            <numerusform>&lt;b&gt;Not contacted for more than %n days&lt;/b&gt; (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone has heard from you recently.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::ui::TrayIcon</name>
    <message>
        <source>Open Liuliang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liuliang — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Liuliang — %n contact(s) to follow up today</source>
        <translation>
            <numerusform>Liuliang — %n contact to follow up today</numerusform>
            <numerusform>Liuliang — %n contacts to follow up today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ll::ui::UnlockDialog</name>
    <message>
        <source>Unlock Liuliang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your customer data is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile has no key file. It cannot be unlocked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase is not right. Check Caps Lock and the input method (中/英), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not give the key (%1). Type your passphrase instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not give the key (%1). Log in to your desktop keyring and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Liuliang: customers, tags and follow-ups for store guides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the profile in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
