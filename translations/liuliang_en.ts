<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DisplayNames</name>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Loyal</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Dormant</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>gender</comment>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>gender</comment>
        <translation>Other</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Chat</source>
        <comment>WeChat conversation</comment>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Visit</source>
        <comment>store or home visit</comment>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Message</source>
        <comment>text message</comment>
        <translation>Message</translation>
    </message>
    <message>
        <source>Ad lead form</source>
        <translation>Ad lead form</translation>
    </message>
    <message>
        <source>Live stream</source>
        <translation>Live stream</translation>
    </message>
    <message>
        <source>Store walk-in</source>
        <translation>Store walk-in</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>source channel</comment>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ReminderTexts</name>
    <message>
        <source>Product run-out</source>
        <translation>Product run-out</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Not contacted for a while</source>
        <translation>Not contacted for a while</translation>
    </message>
    <message>
        <source>New lead waiting</source>
        <translation>New lead waiting</translation>
    </message>
    <message>
        <source>Custom date</source>
        <translation>Custom date</translation>
    </message>
    <message>
        <source>Due when the last purchase of a product runs out (its cycle × quantity), minus the lead days.</source>
        <translation>Due when the last purchase of a product runs out (its cycle × quantity), minus the lead days.</translation>
    </message>
    <message>
        <source>Due the lead days before each birthday.</source>
        <translation>Due the lead days before each birthday.</translation>
    </message>
    <message>
        <source>Due the lead days before each holiday of the holiday list.</source>
        <translation>Due the lead days before each holiday of the holiday list.</translation>
    </message>
    <message>
        <source>Due after the given number of days without contact.</source>
        <translation>Due after the given number of days without contact.</translation>
    </message>
    <message>
        <source>Due when a new lead has not been contacted within the given hours.</source>
        <translation>Due when a new lead has not been contacted within the given hours.</translation>
    </message>
    <message>
        <source>Due the lead days before the date in a custom field of the customer.</source>
        <translation>Due the lead days before the date in a custom field of the customer.</translation>
    </message>
    <message>
        <source>Birthday on %1</source>
        <translation>Birthday on %1</translation>
    </message>
    <message>
        <source>Last contact %1</source>
        <translation>Last contact %1</translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>Never contacted</translation>
    </message>
    <message>
        <source>Not contacted yet</source>
        <translation>Not contacted yet</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n day(s) overdue</source>
        <translation>
            <numerusform>%1 · %n day overdue</numerusform>
            <numerusform>%1 · %n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · today</source>
        <translation>%1 · today</translation>
    </message>
    <message>
        <source>Taken over</source>
        <translation>Taken over</translation>
    </message>
    <message>
        <source>Due the lead days after a customer was handed over to you; answered by your first follow-up.</source>
        <translation>Due the lead days after a customer was handed over to you; answered by your first follow-up.</translation>
    </message>
    <message>
        <source>Taken over from a colleague</source>
        <translation>Taken over from a colleague</translation>
    </message>
    <message>
        <source>Taken over from %1</source>
        <translation>Taken over from %1</translation>
    </message>
</context>
<context>
    <name>ll::BlobStore</name>
    <message>
        <source>No file at %1</source>
        <translation>No file at %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 changed while it was being added; try again.</source>
        <translation>%1 changed while it was being added; try again.</translation>
    </message>
    <message>
        <source>The content</source>
        <translation>The content</translation>
    </message>
    <message>
        <source>The file of this material is not on this device yet.</source>
        <translation>The file of this material is not on this device yet.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The stored file is damaged; it was not exported.</source>
        <translation>The stored file is damaged; it was not exported.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>The file</translation>
    </message>
    <message>
        <source>The stored file is damaged.</source>
        <translation>The stored file is damaged.</translation>
    </message>
    <message>
        <source>%1 is %2; files of at most %3 can be added to the library.</source>
        <translation>%1 is %2; files of at most %3 can be added to the library.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>ll::ContactExport</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Cannot write the export: %1</translation>
    </message>
</context>
<context>
    <name>ll::ContactFieldRepository</name>
    <message>
        <source>Field name %1 must be 1 to %2 letters, digits or _</source>
        <translation>Field name %1 must be 1 to %2 letters, digits or _</translation>
    </message>
    <message>
        <source>Field value</source>
        <translation>Field value</translation>
    </message>
</context>
<context>
    <name>ll::ContactRepository</name>
    <message>
        <source>A contact cannot be merged into itself</source>
        <translation>A contact cannot be merged into itself</translation>
    </message>
    <message>
        <source>A new contact has no phone numbers to remove</source>
        <translation>A new contact has no phone numbers to remove</translation>
    </message>
    <message>
        <source>A contact needs at least a name, a nickname, a WeChat ID or a phone number</source>
        <translation>A contact needs at least a name, a nickname, a WeChat ID or a phone number</translation>
    </message>
    <message>
        <source>A contact can have at most %1 phone numbers</source>
        <translation>A contact can have at most %1 phone numbers</translation>
    </message>
    <message>
        <source>No tag with id %1</source>
        <translation>No tag with id %1</translation>
    </message>
    <message>
        <source>Unknown stage %1 (use one of: %2)</source>
        <translation>Unknown stage %1 (use one of: %2)</translation>
    </message>
    <message>
        <source>The merged notes would be longer than %1 characters; shorten one of them first</source>
        <translation>The merged notes would be longer than %1 characters; shorten one of them first</translation>
    </message>
    <message>
        <source>The merged points are out of range</source>
        <translation>The merged points are out of range</translation>
    </message>
    <message>
        <source>Phone number %1 is not on this contact</source>
        <translation>Phone number %1 is not on this contact</translation>
    </message>
    <message>
        <source>No staff member with id %1</source>
        <translation>No staff member with id %1</translation>
    </message>
    <message>
        <source>No store with id %1</source>
        <translation>No store with id %1</translation>
    </message>
    <message>
        <source>No contact with row %1</source>
        <translation>No contact with row %1</translation>
    </message>
    <message>
        <source>No contact with id %1</source>
        <translation>No contact with id %1</translation>
    </message>
    <message>
        <source>Contact %1 was merged into contact %2</source>
        <translation>Contact %1 was merged into contact %2</translation>
    </message>
    <message>
        <source>Contact %1 was deleted</source>
        <translation>Contact %1 was deleted</translation>
    </message>
    <message>
        <source>%1 is not a contact id (give the full id or its first %2 characters)</source>
        <translation>%1 is not a contact id (give the full id or its first %2 characters)</translation>
    </message>
    <message>
        <source>Id prefix %1 matches several contacts; give more characters</source>
        <translation>Id prefix %1 matches several contacts; give more characters</translation>
    </message>
    <message>
        <source>Invalid phone number %1: %2</source>
        <translation>Invalid phone number %1: %2</translation>
    </message>
    <message>
        <source>Invalid phone number %1: extensions cannot be stored; put the extension in the notes</source>
        <translation>Invalid phone number %1: extensions cannot be stored; put the extension in the notes</translation>
    </message>
    <message>
        <source>A contact can have at most %1 phone numbers; %2 were given</source>
        <translation>A contact can have at most %1 phone numbers; %2 were given</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>Source channel</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>WeChat ID</translation>
    </message>
    <message>
        <source>WeChat ID %1 may contain only letters, digits and _ - . @ +</source>
        <translation>WeChat ID %1 may contain only letters, digits and _ - . @ +</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Unknown gender %1 (use female, male, other or leave empty)</source>
        <translation>Unknown gender %1 (use female, male, other or leave empty)</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Birthday %1 is in the future</source>
        <translation>Birthday %1 is in the future</translation>
    </message>
    <message>
        <source>Birthday %1 is before 1900</source>
        <translation>Birthday %1 is before 1900</translation>
    </message>
    <message>
        <source>Intent level must be 0 to 3, not %1</source>
        <translation>Intent level must be 0 to 3, not %1</translation>
    </message>
    <message>
        <source>Points %1 are out of range</source>
        <translation>Points %1 are out of range</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
</context>
<context>
    <name>ll::Database</name>
    <message>
        <source>No store at %1.</source>
        <translation>No store at %1.</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file; refusing to use it.</source>
        <translation>%1 is an unencrypted SQLite file; refusing to use it.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>The store was written unencrypted; refusing to continue.</source>
        <translation>The store was written unencrypted; refusing to continue.</translation>
    </message>
    <message>
        <source>SQLCipher is not active in this build; refusing to open the store.</source>
        <translation>SQLCipher is not active in this build; refusing to open the store.</translation>
    </message>
    <message>
        <source>The store cannot be decrypted with this key, or it is damaged.</source>
        <translation>The store cannot be decrypted with this key, or it is damaged.</translation>
    </message>
    <message>
        <source>Foreign key violation in %1</source>
        <translation>Foreign key violation in %1</translation>
    </message>
    <message>
        <source>The store file is not encrypted.</source>
        <translation>The store file is not encrypted.</translation>
    </message>
    <message>
        <source>SQLCipher is not active.</source>
        <translation>SQLCipher is not active.</translation>
    </message>
</context>
<context>
    <name>ll::FieldChecks</name>
    <message>
        <source>%1 contains a broken character at position %2</source>
        <translation>%1 contains a broken character at position %2</translation>
    </message>
    <message>
        <source>%1 contains the replacement character U+FFFD at position %2; the text was probably decoded with the wrong encoding</source>
        <translation>%1 contains the replacement character U+FFFD at position %2; the text was probably decoded with the wrong encoding</translation>
    </message>
    <message>
        <source>%1 contains the control character U+%2 at position %3</source>
        <translation>%1 contains the control character U+%2 at position %3</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 must not be empty</translation>
    </message>
    <message>
        <source>%1 is not a valid id: %2</source>
        <translation>%1 is not a valid id: %2</translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD: %2</source>
        <translation>%1 must be a date written YYYY-MM-DD: %2</translation>
    </message>
</context>
<context>
    <name>ll::FollowUpRepository</name>
    <message>
        <source>Unknown follow-up kind %1 (use one of: %2)</source>
        <translation>Unknown follow-up kind %1 (use one of: %2)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>A follow-up cannot happen in the future (%1)</source>
        <translation>A follow-up cannot happen in the future (%1)</translation>
    </message>
    <message>
        <source>Follow-up time %1 is implausibly early</source>
        <translation>Follow-up time %1 is implausibly early</translation>
    </message>
</context>
<context>
    <name>ll::HolidayCalendar</name>
    <message>
        <source>Only managers and admins can edit the holiday list.</source>
        <translation>Only managers and admins can edit the holiday list.</translation>
    </message>
    <message>
        <source>Holiday name</source>
        <translation>Holiday name</translation>
    </message>
    <message>
        <source>A holiday needs a valid date.</source>
        <translation>A holiday needs a valid date.</translation>
    </message>
    <message>
        <source>No holiday with id %1</source>
        <translation>No holiday with id %1</translation>
    </message>
    <message>
        <source>Year %1 is out of range</source>
        <translation>Year %1 is out of range</translation>
    </message>
</context>
<context>
    <name>ll::KeyVault</name>
    <message>
        <source>A data key must be exactly 32 bytes.</source>
        <translation>A data key must be exactly 32 bytes.</translation>
    </message>
    <message>
        <source>The key file is damaged (%1).</source>
        <translation>The key file is damaged (%1).</translation>
    </message>
    <message>
        <source>No key file at %1.</source>
        <translation>No key file at %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>Cannot delete %1: %2</translation>
    </message>
    <message>
        <source>No profile at %1.</source>
        <translation>No profile at %1.</translation>
    </message>
    <message>
        <source>Another Liuliang process is changing the key.</source>
        <translation>Another Liuliang process is changing the key.</translation>
    </message>
    <message>
        <source>Cannot lock %1.</source>
        <translation>Cannot lock %1.</translation>
    </message>
    <message>
        <source>This key does not belong to this profile.</source>
        <translation>This key does not belong to this profile.</translation>
    </message>
    <message>
        <source>The system keychain is unavailable: %1</source>
        <translation>The system keychain is unavailable: %1</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>The passphrase must not be empty.</translation>
    </message>
    <message>
        <source>The key derivation parameters are out of range.</source>
        <translation>The key derivation parameters are out of range.</translation>
    </message>
    <message>
        <source>Choose a passphrase, the system keychain, or both.</source>
        <translation>Choose a passphrase, the system keychain, or both.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
    <message>
        <source>%1 already holds a profile.</source>
        <translation>%1 already holds a profile.</translation>
    </message>
    <message>
        <source>The system keychain is unavailable (%1); the key is protected by the passphrase only.</source>
        <translation>The system keychain is unavailable (%1); the key is protected by the passphrase only.</translation>
    </message>
    <message>
        <source>This profile has no passphrase.</source>
        <translation>This profile has no passphrase.</translation>
    </message>
    <message>
        <source>The key file is inconsistent.</source>
        <translation>The key file is inconsistent.</translation>
    </message>
    <message>
        <source>This profile does not keep its key in the system keychain.</source>
        <translation>This profile does not keep its key in the system keychain.</translation>
    </message>
    <message>
        <source>The system keychain has no key for this profile.</source>
        <translation>The system keychain has no key for this profile.</translation>
    </message>
    <message>
        <source>The system keychain entry does not hold this profile&apos;s key.</source>
        <translation>The system keychain entry does not hold this profile&apos;s key.</translation>
    </message>
    <message>
        <source>Set a passphrase before removing the key from the keychain.</source>
        <translation>Set a passphrase before removing the key from the keychain.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>Not enough memory to derive the key from the passphrase.</translation>
    </message>
    <message>
        <source>Cannot wrap the data key.</source>
        <translation>Cannot wrap the data key.</translation>
    </message>
    <message>
        <source>The crypto library is unavailable.</source>
        <translation>The crypto library is unavailable.</translation>
    </message>
    <message>
        <source>The key file is damaged.</source>
        <translation>The key file is damaged.</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the key file was modified.</source>
        <translation>Wrong passphrase, or the key file was modified.</translation>
    </message>
</context>
<context>
    <name>ll::LeadImporter</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>The file is empty</translation>
    </message>
    <message>
        <source>The header row is malformed: %1</source>
        <translation>The header row is malformed: %1</translation>
    </message>
    <message>
        <source>No column holds a phone number or WeChat ID (columns: %1); map one with --map COLUMN=phone</source>
        <translation>No column holds a phone number or WeChat ID (columns: %1); map one with --map COLUMN=phone</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The row contains bytes that are not valid %1 text</source>
        <translation>The row contains bytes that are not valid %1 text</translation>
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation>Reading the file failed: %1</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message>
        <source>a quoted field opened on line %1 is never closed</source>
        <translation>a quoted field opened on line %1 is never closed</translation>
    </message>
    <message>
        <source>No staff member with id %1</source>
        <translation>No staff member with id %1</translation>
    </message>
    <message>
        <source>Staff member %1 has left and cannot receive leads</source>
        <translation>Staff member %1 has left and cannot receive leads</translation>
    </message>
    <message>
        <source>There are no active guides to allocate leads to</source>
        <translation>There are no active guides to allocate leads to</translation>
    </message>
    <message>
        <source>Unknown field %1 for column %2 (use one of: %3)</source>
        <translation>Unknown field %1 for column %2 (use one of: %3)</translation>
    </message>
    <message>
        <source>The file has no column %1</source>
        <translation>The file has no column %1</translation>
    </message>
    <message>
        <source>The row has %1 fields but the header has %2</source>
        <translation>The row has %1 fields but the header has %2</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters (at most %3)</source>
        <translation>%1 is too long: %2 characters (at most %3)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Invalid WeChat ID %1: only letters, digits and _ - . @ + are allowed</source>
        <translation>Invalid WeChat ID %1: only letters, digits and _ - . @ + are allowed</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>WeChat ID</translation>
    </message>
    <message>
        <source>Invalid phone number %1: %2</source>
        <translation>Invalid phone number %1: %2</translation>
    </message>
    <message>
        <source>Too many phone numbers: %1 (at most %2)</source>
        <translation>Too many phone numbers: %1 (at most %2)</translation>
    </message>
    <message>
        <source>Only a landline or service number (%1), which does not identify a person: a mobile number or WeChat ID is needed</source>
        <translation>Only a landline or service number (%1), which does not identify a person: a mobile number or WeChat ID is needed</translation>
    </message>
    <message>
        <source>Neither a mobile number nor a WeChat ID</source>
        <translation>Neither a mobile number nor a WeChat ID</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Unknown text encoding %1</source>
        <translation>Unknown text encoding %1</translation>
    </message>
    <message>
        <source>The text cannot be written in %1</source>
        <translation>The text cannot be written in %1</translation>
    </message>
</context>
<context>
    <name>ll::MaterialLibrary</name>
    <message>
        <source>Only managers and admins can add team materials.</source>
        <translation>Only managers and admins can add team materials.</translation>
    </message>
    <message>
        <source>Sign in before adding a personal material.</source>
        <translation>Sign in before adding a personal material.</translation>
    </message>
    <message>
        <source>Unknown material kind %1 (use one of: %2)</source>
        <translation>Unknown material kind %1 (use one of: %2)</translation>
    </message>
    <message>
        <source>A material of kind %1 needs a file.</source>
        <translation>A material of kind %1 needs a file.</translation>
    </message>
    <message>
        <source>Team materials are read-only for guides.</source>
        <translation>Team materials are read-only for guides.</translation>
    </message>
    <message>
        <source>This material belongs to another guide.</source>
        <translation>This material belongs to another guide.</translation>
    </message>
    <message>
        <source>The kind and the file of a material cannot change; add a new material instead.</source>
        <translation>The kind and the file of a material cannot change; add a new material instead.</translation>
    </message>
    <message>
        <source>You cannot delete this material.</source>
        <translation>You cannot delete this material.</translation>
    </message>
    <message>
        <source>No material with id %1</source>
        <translation>No material with id %1</translation>
    </message>
    <message>
        <source>This material has no cover image.</source>
        <translation>This material has no cover image.</translation>
    </message>
    <message>
        <source>This material has no file (it is a %1).</source>
        <translation>This material has no file (it is a %1).</translation>
    </message>
    <message>
        <source>This material has no file.</source>
        <translation>This material has no file.</translation>
    </message>
    <message>
        <source>Unknown use %1 (copy, save, open or send)</source>
        <translation>Unknown use %1 (copy, save, open or send)</translation>
    </message>
    <message>
        <source>Only managers and admins can purge unused files.</source>
        <translation>Only managers and admins can purge unused files.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>A material can have at most %1 tags</source>
        <translation>A material can have at most %1 tags</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>%1 is not a web address (http:// or https://)</source>
        <translation>%1 is not a web address (http:// or https://)</translation>
    </message>
    <message>
        <source>A link needs its web address.</source>
        <translation>A link needs its web address.</translation>
    </message>
    <message>
        <source>A mini program needs its app id: wx followed by 16 hex digits, not %1</source>
        <translation>A mini program needs its app id: wx followed by 16 hex digits, not %1</translation>
    </message>
    <message>
        <source>Page path</source>
        <translation>Page path</translation>
    </message>
    <message>
        <source>The page path is a path inside the mini program, e.g. pages/index/index</source>
        <translation>The page path is a path inside the mini program, e.g. pages/index/index</translation>
    </message>
</context>
<context>
    <name>ll::Migrator</name>
    <message>
        <source>The store was written by a newer Liuliang (schema %1); please update the application.</source>
        <translation>The store was written by a newer Liuliang (schema %1); please update the application.</translation>
    </message>
</context>
<context>
    <name>ll::NotesConflicts</name>
    <message>
        <source>No open notes conflict with id %1 (already resolved, or the contact is gone)</source>
        <translation>No open notes conflict with id %1 (already resolved, or the contact is gone)</translation>
    </message>
</context>
<context>
    <name>ll::OrgRepository</name>
    <message>
        <source>Organisation name</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <source>No organisation has been set up yet</source>
        <translation>No organisation has been set up yet</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Store name</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>No staff member with id %1</source>
        <translation>No staff member with id %1</translation>
    </message>
    <message>
        <source>Staff name</source>
        <translation>Staff name</translation>
    </message>
    <message>
        <source>Unknown role %1 (use guide, manager or admin)</source>
        <translation>Unknown role %1 (use guide, manager or admin)</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>No store with id %1</source>
        <translation>No store with id %1</translation>
    </message>
</context>
<context>
    <name>ll::PhoneNumber</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>The phone number is empty.</translation>
    </message>
    <message>
        <source>The extension must be 1 to 6 digits.</source>
        <translation>The extension must be 1 to 6 digits.</translation>
    </message>
    <message>
        <source>The phone number contains “%1”, which is not a digit.</source>
        <translation>The phone number contains “%1”, which is not a digit.</translation>
    </message>
    <message>
        <source>The phone number contains no digits.</source>
        <translation>The phone number contains no digits.</translation>
    </message>
    <message>
        <source>An international number must have 5 to 20 digits.</source>
        <translation>An international number must have 5 to 20 digits.</translation>
    </message>
    <message>
        <source>A mobile number cannot have an extension.</source>
        <translation>A mobile number cannot have an extension.</translation>
    </message>
    <message>
        <source>After +86 a Chinese mobile or landline number is expected.</source>
        <translation>After +86 a Chinese mobile or landline number is expected.</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits; this one has %1.</source>
        <translation>A mobile number has 11 digits; this one has %1.</translation>
    </message>
    <message>
        <source>This is not a valid mobile number: mobile numbers start with 13 to 19.</source>
        <translation>This is not a valid mobile number: mobile numbers start with 13 to 19.</translation>
    </message>
    <message>
        <source>The phone number is too short (%1 digits, at least 5).</source>
        <translation>The phone number is too short (%1 digits, at least 5).</translation>
    </message>
    <message>
        <source>The phone number is too long (%1 digits, at most 20).</source>
        <translation>The phone number is too long (%1 digits, at most 20).</translation>
    </message>
</context>
<context>
    <name>ll::ProductRepository</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>SKU %1 may contain only letters, digits and _ . : / # + -</source>
        <translation>SKU %1 may contain only letters, digits and _ . : / # + -</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Product name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Consumption cycle must be 0 to %1 days, not %2</source>
        <translation>Consumption cycle must be 0 to %1 days, not %2</translation>
    </message>
    <message>
        <source>A product with SKU %1 already exists</source>
        <translation>A product with SKU %1 already exists</translation>
    </message>
    <message>
        <source>No product with id or SKU %1</source>
        <translation>No product with id or SKU %1</translation>
    </message>
    <message>
        <source>Quantity must be 1 to %1, not %2</source>
        <translation>Quantity must be 1 to %1, not %2</translation>
    </message>
    <message>
        <source>Amount %1 is out of range</source>
        <translation>Amount %1 is out of range</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Purchase date</translation>
    </message>
    <message>
        <source>Purchase date %1 is in the future</source>
        <translation>Purchase date %1 is in the future</translation>
    </message>
</context>
<context>
    <name>ll::Profile</name>
    <message>
        <source>Cannot create the profile directory %1.</source>
        <translation>Cannot create the profile directory %1.</translation>
    </message>
    <message>
        <source>Cannot restrict permissions of %1.</source>
        <translation>Cannot restrict permissions of %1.</translation>
    </message>
    <message>
        <source>A profile already exists in %1; unlock it instead of creating a new one.</source>
        <translation>A profile already exists in %1; unlock it instead of creating a new one.</translation>
    </message>
    <message>
        <source>The key was found but the store %1 is missing.</source>
        <translation>The key was found but the store %1 is missing.</translation>
    </message>
    <message>
        <source>No profile in %1. Run init first.</source>
        <translation>No profile in %1. Run init first.</translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation>Cannot delete %1.</translation>
    </message>
</context>
<context>
    <name>ll::ReminderEngine</name>
    <message>
        <source>No current reminder with id %1</source>
        <translation>No current reminder with id %1</translation>
    </message>
    <message>
        <source>Snooze until a day after %1</source>
        <translation>Snooze until a day after %1</translation>
    </message>
</context>
<context>
    <name>ll::RuleRepository</name>
    <message>
        <source>Unknown stage %1 (use one of: %2)</source>
        <translation>Unknown stage %1 (use one of: %2)</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Rule name</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Suggested script</source>
        <translation>Suggested script</translation>
    </message>
    <message>
        <source>Lead days must be 0 to %1, not %2</source>
        <translation>Lead days must be 0 to %1, not %2</translation>
    </message>
    <message>
        <source>A rule can be scoped to at most %1 tags or stores</source>
        <translation>A rule can be scoped to at most %1 tags or stores</translation>
    </message>
    <message>
        <source>A dormant rule needs 1 to %1 days without contact, not %2</source>
        <translation>A dormant rule needs 1 to %1 days without contact, not %2</translation>
    </message>
    <message>
        <source>A lead response rule needs 1 to %1 hours, not %2</source>
        <translation>A lead response rule needs 1 to %1 hours, not %2</translation>
    </message>
    <message>
        <source>Date field</source>
        <translation>Date field</translation>
    </message>
    <message>
        <source>Only managers and admins can add team rules.</source>
        <translation>Only managers and admins can add team rules.</translation>
    </message>
    <message>
        <source>Sign in before adding a personal rule.</source>
        <translation>Sign in before adding a personal rule.</translation>
    </message>
    <message>
        <source>Unknown rule kind %1 (use one of: %2)</source>
        <translation>Unknown rule kind %1 (use one of: %2)</translation>
    </message>
    <message>
        <source>Team rules can be changed by managers and admins only.</source>
        <translation>Team rules can be changed by managers and admins only.</translation>
    </message>
    <message>
        <source>This rule belongs to another guide.</source>
        <translation>This rule belongs to another guide.</translation>
    </message>
    <message>
        <source>The kind of a rule cannot change; add a new rule instead.</source>
        <translation>The kind of a rule cannot change; add a new rule instead.</translation>
    </message>
    <message>
        <source>You cannot delete this rule.</source>
        <translation>You cannot delete this rule.</translation>
    </message>
    <message>
        <source>No reminder rule with id %1</source>
        <translation>No reminder rule with id %1</translation>
    </message>
</context>
<context>
    <name>ll::ScriptLibrary</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Script text</source>
        <translation>Script text</translation>
    </message>
    <message>
        <source>A script can have at most %1 tags</source>
        <translation>A script can have at most %1 tags</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>The script contains sensitive words: %1</source>
        <translation>The script contains sensitive words: %1</translation>
    </message>
    <message>
        <source>Only managers and admins can add team scripts.</source>
        <translation>Only managers and admins can add team scripts.</translation>
    </message>
    <message>
        <source>Sign in before adding a personal script.</source>
        <translation>Sign in before adding a personal script.</translation>
    </message>
    <message>
        <source>Unknown script category %1 (use one of: %2)</source>
        <translation>Unknown script category %1 (use one of: %2)</translation>
    </message>
    <message>
        <source>Team scripts are read-only for guides.</source>
        <translation>Team scripts are read-only for guides.</translation>
    </message>
    <message>
        <source>This script belongs to another guide.</source>
        <translation>This script belongs to another guide.</translation>
    </message>
    <message>
        <source>You cannot delete this script.</source>
        <translation>You cannot delete this script.</translation>
    </message>
    <message>
        <source>No script with id %1</source>
        <translation>No script with id %1</translation>
    </message>
</context>
<context>
    <name>ll::ScriptTemplate</name>
    <message>
        <source>Unknown placeholders: %1.</source>
        <translation>Unknown placeholders: %1.</translation>
    </message>
    <message>
        <source>No value for this customer: %1.</source>
        <translation>No value for this customer: %1.</translation>
    </message>
    <message>
        <source>position %1 (&quot;%2&quot;)</source>
        <translation>position %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>Unpaired brace at %1; write {{ or }} for a literal brace.</source>
        <translation>Unpaired brace at %1; write {{ or }} for a literal brace.</translation>
    </message>
</context>
<context>
    <name>ll::SensitiveWords</name>
    <message>
        <source>The text contains sensitive words: %1</source>
        <translation>The text contains sensitive words: %1</translation>
    </message>
    <message>
        <source>Only managers and admins can edit the sensitive-word list.</source>
        <translation>Only managers and admins can edit the sensitive-word list.</translation>
    </message>
    <message>
        <source>Sensitive word</source>
        <translation>Sensitive word</translation>
    </message>
    <message>
        <source>%1 is already in the list as %2</source>
        <translation>%1 is already in the list as %2</translation>
    </message>
    <message>
        <source>%1 is not in the sensitive-word list</source>
        <translation>%1 is not in the sensitive-word list</translation>
    </message>
</context>
<context>
    <name>ll::TagRepository</name>
    <message>
        <source>Tag group name</source>
        <translation>Tag group name</translation>
    </message>
    <message>
        <source>Colour %1 must be written #rrggbb</source>
        <translation>Colour %1 must be written #rrggbb</translation>
    </message>
    <message>
        <source>A tag group named %1 already exists</source>
        <translation>A tag group named %1 already exists</translation>
    </message>
    <message>
        <source>No tag group with id %1</source>
        <translation>No tag group with id %1</translation>
    </message>
    <message>
        <source>Tag %1 already exists in group %2</source>
        <translation>Tag %1 already exists in group %2</translation>
    </message>
    <message>
        <source>Tag name must not be empty</source>
        <translation>Tag name must not be empty</translation>
    </message>
    <message>
        <source>Tag %1 exists in several groups; use one of: %2</source>
        <translation>Tag %1 exists in several groups; use one of: %2</translation>
    </message>
    <message>
        <source>No tag named %1</source>
        <translation>No tag named %1</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>Tag name</translation>
    </message>
    <message>
        <source>Tag name %1 must not contain “/”</source>
        <translation>Tag name %1 must not contain “/”</translation>
    </message>
    <message>
        <source>No tag with id %1</source>
        <translation>No tag with id %1</translation>
    </message>
</context>
<context>
    <name>ll::TextLimits</name>
    <message>
        <source>%1 is too long: %2 characters (at most %3)</source>
        <translation>%1 is too long: %2 characters (at most %3)</translation>
    </message>
</context>
<context>
    <name>ll::XlsxReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>the first sheet</source>
        <translation>the first sheet</translation>
    </message>
    <message>
        <source>The first sheet of the workbook is empty</source>
        <translation>The first sheet of the workbook is empty</translation>
    </message>
    <message>
        <source>The file is not a readable Excel workbook: %1</source>
        <translation>The file is not a readable Excel workbook: %1</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 is missing</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>The workbook is too large to import: %1 unpacks to more than %2. Save the sheet as CSV and import that.</source>
        <translation>The workbook is too large to import: %1 unpacks to more than %2. Save the sheet as CSV and import that.</translation>
    </message>
    <message>
        <source>%1 cannot be unpacked</source>
        <translation>%1 cannot be unpacked</translation>
    </message>
    <message>
        <source>%1: %2 (line %3)</source>
        <translation>%1: %2 (line %3)</translation>
    </message>
    <message>
        <source>%1 has a row numbered %2</source>
        <translation>%1 has a row numbered %2</translation>
    </message>
    <message>
        <source>%1 has a cell at %2</source>
        <translation>%1 has a cell at %2</translation>
    </message>
    <message>
        <source>The file %1 does not exist (any more)</source>
        <translation>The file %1 does not exist (any more)</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 is not a file</translation>
    </message>
    <message>
        <source>%1 is an old Excel .xls workbook. Save it as .xlsx or CSV and import that.</source>
        <translation>%1 is an old Excel .xls workbook. Save it as .xlsx or CSV and import that.</translation>
    </message>
</context>
<context>
    <name>ll::cli</name>
    <message>
        <source>Unknown option &apos;%1&apos;. Options are long (--name); use -- before an argument that starts with &apos;-&apos;.</source>
        <translation>Unknown option &apos;%1&apos;. Options are long (--name); use -- before an argument that starts with &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Unknown option &apos;--%1&apos;.</source>
        <translation>Unknown option &apos;--%1&apos;.</translation>
    </message>
    <message>
        <source>Option &apos;--%1&apos; given more than once.</source>
        <translation>Option &apos;--%1&apos; given more than once.</translation>
    </message>
    <message>
        <source>Option &apos;--%1&apos; takes no value.</source>
        <translation>Option &apos;--%1&apos; takes no value.</translation>
    </message>
    <message>
        <source>Option &apos;--%1&apos; needs a value (%2).</source>
        <translation>Option &apos;--%1&apos; needs a value (%2).</translation>
    </message>
    <message>
        <source>--%1: expected a whole number from %2 to %3, got &apos;%4&apos;.</source>
        <translation>--%1: expected a whole number from %2 to %3, got &apos;%4&apos;.</translation>
    </message>
    <message>
        <source>--%1: expected a date as YYYY-MM-DD, got &apos;%2&apos;.</source>
        <translation>--%1: expected a date as YYYY-MM-DD, got &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--%1: expected an ISO 8601 date-time such as 2026-05-01T14:30 or 2026-05-01T14:30:00+08:00, got &apos;%2&apos;.</source>
        <translation>--%1: expected an ISO 8601 date-time such as 2026-05-01T14:30 or 2026-05-01T14:30:00+08:00, got &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--%1: expected an amount in yuan such as 12 or 12.34, got &apos;%2&apos;.</source>
        <translation>--%1: expected an amount in yuan such as 12 or 12.34, got &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1 is accessible to other users (expected owner-only permissions).</source>
        <translation>%1 is accessible to other users (expected owner-only permissions).</translation>
    </message>
    <message>
        <source>The store file starts with the plaintext SQLite header.</source>
        <translation>The store file starts with the plaintext SQLite header.</translation>
    </message>
    <message>
        <source>PRAGMA cipher_version is empty: SQLCipher is not active.</source>
        <translation>PRAGMA cipher_version is empty: SQLCipher is not active.</translation>
    </message>
    <message>
        <source>Profile:        %1
SQLCipher:      %2
File header:    %3
</source>
        <translation>Profile:        %1
SQLCipher:      %2
File header:    %3
</translation>
    </message>
    <message>
        <source>PLAINTEXT</source>
        <translation>PLAINTEXT</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>encrypted</translation>
    </message>
    <message>
        <source>problem: %1
</source>
        <translation>problem: %1
</translation>
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
        <translation>Verify the integrity and encryption of the store.</translation>
    </message>
    <message>
        <source>Verify the store: SQLite integrity, foreign keys, SQLCipher active, no plaintext header, owner-only permissions. Prints ok or the problems (exit code 7).</source>
        <translation>Verify the store: SQLite integrity, foreign keys, SQLCipher active, no plaintext header, owner-only permissions. Prints ok or the problems (exit code 7).</translation>
    </message>
    <message>
        <source>Run &apos;liuliang-cli --help&apos; for the list of commands.
</source>
        <translation>Run &apos;liuliang-cli --help&apos; for the list of commands.
</translation>
    </message>
    <message>
        <source>liuliang-cli: argument %1 is not valid UTF-8; nothing was changed.
</source>
        <translation>liuliang-cli: argument %1 is not valid UTF-8; nothing was changed.
</translation>
    </message>
    <message>
        <source>liuliang-cli: argument %1 is too long (more than %2 characters); nothing was changed.
</source>
        <translation>liuliang-cli: argument %1 is too long (more than %2 characters); nothing was changed.
</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos; before the command.</source>
        <translation>Unknown option &apos;%1&apos; before the command.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unknown command &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1 %2&apos;. See &apos;liuliang-cli %1 --help&apos;.</source>
        <translation>Unknown command &apos;%1 %2&apos;. See &apos;liuliang-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <source>See &apos;liuliang-cli %1 --help&apos;.</source>
        <translation>See &apos;liuliang-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <source>Wrong number of arguments: liuliang-cli %1 %2</source>
        <translation>Wrong number of arguments: liuliang-cli %1 %2</translation>
    </message>
    <message>
        <source>liuliang-cli: warning: %1
</source>
        <translation>liuliang-cli: warning: %1
</translation>
    </message>
    <message>
        <source>--passphrase-env: the environment variable %1 is not set.</source>
        <translation>--passphrase-env: the environment variable %1 is not set.</translation>
    </message>
    <message>
        <source>--passphrase-env: %1 is not valid UTF-8.</source>
        <translation>--passphrase-env: %1 is not valid UTF-8.</translation>
    </message>
    <message>
        <source>--passphrase-env: %1 is empty.</source>
        <translation>--passphrase-env: %1 is empty.</translation>
    </message>
    <message>
        <source>No passphrase given.</source>
        <translation>No passphrase given.</translation>
    </message>
    <message>
        <source>The passphrase is not valid UTF-8.</source>
        <translation>The passphrase is not valid UTF-8.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>The passphrase is empty.</translation>
    </message>
    <message>
        <source>No profile in %1. Create one with &apos;liuliang-cli init&apos; (or pass --profile DIR).</source>
        <translation>No profile in %1. Create one with &apos;liuliang-cli init&apos; (or pass --profile DIR).</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Passphrase for %1: </translation>
    </message>
    <message>
        <source>The profile is locked and standard input is not a terminal: use --passphrase-env VAR or --keychain.</source>
        <translation>The profile is locked and standard input is not a terminal: use --passphrase-env VAR or --keychain.</translation>
    </message>
    <message>
        <source>Standard input is not a terminal: pass the new passphrase with --passphrase-env VAR, or use --keychain --no-passphrase.</source>
        <translation>Standard input is not a terminal: pass the new passphrase with --passphrase-env VAR, or use --keychain --no-passphrase.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>New passphrase: </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Repeat the passphrase: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was created.</source>
        <translation>The two passphrases differ; nothing was created.</translation>
    </message>
    <message>
        <source>Profile directory (default: the per-user application data directory).</source>
        <translation>Profile directory (default: the per-user application data directory).</translation>
    </message>
    <message>
        <source>Read the passphrase from environment variable VAR (for scripts and CI).</source>
        <translation>Read the passphrase from environment variable VAR (for scripts and CI).</translation>
    </message>
    <message>
        <source>Unlock with the key stored in the OS keychain.</source>
        <translation>Unlock with the key stored in the OS keychain.</translation>
    </message>
    <message>
        <source>Show help and exit.</source>
        <translation>Show help and exit.</translation>
    </message>
    <message>
        <source>Print JSON (stable snake_case field names).</source>
        <translation>Print JSON (stable snake_case field names).</translation>
    </message>
    <message>
        <source>Show full phone numbers instead of masked ones.</source>
        <translation>Show full phone numbers instead of masked ones.</translation>
    </message>
    <message>
        <source>contact add needs --name.</source>
        <translation>contact add needs --name.</translation>
    </message>
    <message>
        <source>Added contact %1 (%2).</source>
        <translation>Added contact %1 (%2).</translation>
    </message>
    <message>
        <source>contact edit: nothing to change; give at least one field option.</source>
        <translation>contact edit: nothing to change; give at least one field option.</translation>
    </message>
    <message>
        <source>Updated contact %1 (%2).</source>
        <translation>Updated contact %1 (%2).</translation>
    </message>
    <message>
        <source>Deleted contact %1 (%2).
</source>
        <translation>Deleted contact %1 (%2).
</translation>
    </message>
    <message>
        <source>Cannot merge a contact with itself.</source>
        <translation>Cannot merge a contact with itself.</translation>
    </message>
    <message>
        <source>Merged %1 into %2 (%3).</source>
        <translation>Merged %1 into %2 (%3).</translation>
    </message>
    <message>
        <source>No duplicates of %1.
</source>
        <translation>No duplicates of %1.
</translation>
    </message>
    <message>
        <source>Customers: add, list, show, edit, delete, merge and find duplicates.</source>
        <translation>Customers: add, list, show, edit, delete, merge and find duplicates.</translation>
    </message>
    <message>
        <source>Add a contact.</source>
        <translation>Add a contact.</translation>
    </message>
    <message>
        <source>Change fields of a contact; an empty value (--city &apos;&apos;) clears a field.</source>
        <translation>Change fields of a contact; an empty value (--city &apos;&apos;) clears a field.</translation>
    </message>
    <message>
        <source>Delete a contact.</source>
        <translation>Delete a contact.</translation>
    </message>
    <message>
        <source>Merge OTHER into KEEP: phones, tags, follow-ups, purchases and notes are kept.</source>
        <translation>Merge OTHER into KEEP: phones, tags, follow-ups, purchases and notes are kept.</translation>
    </message>
    <message>
        <source>List contacts sharing a mobile number or WeChat ID with this one.</source>
        <translation>List contacts sharing a mobile number or WeChat ID with this one.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>PHONE</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>STAGE</translation>
    </message>
    <message>
        <source>INTENT</source>
        <translation>INTENT</translation>
    </message>
    <message>
        <source>LAST CONTACTED</source>
        <translation>LAST CONTACTED</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>WeChat ID</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intent</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>Last contacted</translation>
    </message>
    <message>
        <source>Notes:
</source>
        <translation>Notes:
</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WHEN</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>OUTCOME</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>NOTE</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>BY</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>PRODUCT</source>
        <translation>PRODUCT</translation>
    </message>
    <message>
        <source>QTY</source>
        <translation>QTY</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>AMOUNT</translation>
    </message>
    <message>
        <source>--stage: expected one of %1, got &apos;%2&apos;.</source>
        <translation>--stage: expected one of %1, got &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--sort: expected last-contacted, name, created or updated, got &apos;%1&apos;.</source>
        <translation>--sort: expected last-contacted, name, created or updated, got &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No contacts match (%1 in total).
</source>
        <translation>No contacts match (%1 in total).
</translation>
    </message>
    <message>
        <source>%1-%2 of %3
</source>
        <translation>%1-%2 of %3
</translation>
    </message>
    <message>
        <source>List contacts, newest contact first; filters combine with AND.</source>
        <translation>List contacts, newest contact first; filters combine with AND.</translation>
    </message>
    <message>
        <source>Name, nickname, notes, phone digits, pinyin (zhangsan), initials (zs), 繁/简.</source>
        <translation>Name, nickname, notes, phone digits, pinyin (zhangsan), initials (zs), 繁/简.</translation>
    </message>
    <message>
        <source>Only contacts with this tag (id, group/name or name); repeat: all of them.</source>
        <translation>Only contacts with this tag (id, group/name or name); repeat: all of them.</translation>
    </message>
    <message>
        <source>With several --tag: any of them instead of all.</source>
        <translation>With several --tag: any of them instead of all.</translation>
    </message>
    <message>
        <source>Only this lifecycle stage.</source>
        <translation>Only this lifecycle stage.</translation>
    </message>
    <message>
        <source>Only contacts of this guide.</source>
        <translation>Only contacts of this guide.</translation>
    </message>
    <message>
        <source>Only contacts of this store.</source>
        <translation>Only contacts of this store.</translation>
    </message>
    <message>
        <source>last-contacted (default), name, created or updated.</source>
        <translation>last-contacted (default), name, created or updated.</translation>
    </message>
    <message>
        <source>At most N contacts (default 50, 0 = all).</source>
        <translation>At most N contacts (default 50, 0 = all).</translation>
    </message>
    <message>
        <source>Skip the first N contacts.</source>
        <translation>Skip the first N contacts.</translation>
    </message>
    <message>
        <source>Name (required for add).</source>
        <translation>Name (required for add).</translation>
    </message>
    <message>
        <source>WeChat nickname.</source>
        <translation>WeChat nickname.</translation>
    </message>
    <message>
        <source>WeChat ID.</source>
        <translation>WeChat ID.</translation>
    </message>
    <message>
        <source>Replace all phone numbers (repeat for several).</source>
        <translation>Replace all phone numbers (repeat for several).</translation>
    </message>
    <message>
        <source>Phone number; +86, spaces, dashes and full-width digits are accepted.</source>
        <translation>Phone number; +86, spaces, dashes and full-width digits are accepted.</translation>
    </message>
    <message>
        <source>female, male, other (or 女/男).</source>
        <translation>female, male, other (or 女/男).</translation>
    </message>
    <message>
        <source>Birthday.</source>
        <translation>Birthday.</translation>
    </message>
    <message>
        <source>City.</source>
        <translation>City.</translation>
    </message>
    <message>
        <source>Source channel, e.g. walk_in, referral, ad_form, live_stream.</source>
        <translation>Source channel, e.g. walk_in, referral, ad_form, live_stream.</translation>
    </message>
    <message>
        <source>Lifecycle stage: %1.</source>
        <translation>Lifecycle stage: %1.</translation>
    </message>
    <message>
        <source>Intent level: 0 unknown, 1 low, 2 medium, 3 high.</source>
        <translation>Intent level: 0 unknown, 1 low, 2 medium, 3 high.</translation>
    </message>
    <message>
        <source>Loyalty points.</source>
        <translation>Loyalty points.</translation>
    </message>
    <message>
        <source>Free-text notes.</source>
        <translation>Free-text notes.</translation>
    </message>
    <message>
        <source>Owning guide (default: this device&apos;s staff member).</source>
        <translation>Owning guide (default: this device&apos;s staff member).</translation>
    </message>
    <message>
        <source>Store.</source>
        <translation>Store.</translation>
    </message>
    <message>
        <source>Add a phone number.</source>
        <translation>Add a phone number.</translation>
    </message>
    <message>
        <source>Remove a phone number.</source>
        <translation>Remove a phone number.</translation>
    </message>
    <message>
        <source>Print the saved contact as JSON.</source>
        <translation>Print the saved contact as JSON.</translation>
    </message>
    <message>
        <source>--name must not be empty.</source>
        <translation>--name must not be empty.</translation>
    </message>
    <message>
        <source>--gender: expected female, male or other, got &apos;%1&apos;.</source>
        <translation>--gender: expected female, male or other, got &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--birthday: %1 is in the future.</source>
        <translation>--birthday: %1 is in the future.</translation>
    </message>
    <message>
        <source>
Follow-ups (%1):
</source>
        <translation>
Follow-ups (%1):
</translation>
    </message>
    <message>
        <source>
Purchases (%1):
</source>
        <translation>
Purchases (%1):
</translation>
    </message>
    <message>
        <source>Show a contact with its tags, phones, follow-ups and purchases.</source>
        <translation>Show a contact with its tags, phones, follow-ups and purchases.</translation>
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
        <translation>Exit codes:
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
</translation>
    </message>
    <message>
        <source>followup add needs --kind (%1).</source>
        <translation>followup add needs --kind (%1).</translation>
    </message>
    <message>
        <source>--kind: expected one of %1, got &apos;%2&apos;.</source>
        <translation>--kind: expected one of %1, got &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Recorded %1 with %2 (%3) at %4.
</source>
        <translation>Recorded %1 with %2 (%3) at %4.
</translation>
    </message>
    <message>
        <source>No follow-ups with %1.
</source>
        <translation>No follow-ups with %1.
</translation>
    </message>
    <message>
        <source>Follow-up records (append-only): calls, chats, visits, messages.</source>
        <translation>Follow-up records (append-only): calls, chats, visits, messages.</translation>
    </message>
    <message>
        <source>Record a follow-up; also updates the contact&apos;s last-contacted time.</source>
        <translation>Record a follow-up; also updates the contact&apos;s last-contacted time.</translation>
    </message>
    <message>
        <source>call, chat, visit or message (required).</source>
        <translation>call, chat, visit or message (required).</translation>
    </message>
    <message>
        <source>Outcome, e.g. interested, no answer.</source>
        <translation>Outcome, e.g. interested, no answer.</translation>
    </message>
    <message>
        <source>Note.</source>
        <translation>Note.</translation>
    </message>
    <message>
        <source>Script that was sent.</source>
        <translation>Script that was sent.</translation>
    </message>
    <message>
        <source>Material that was sent.</source>
        <translation>Material that was sent.</translation>
    </message>
    <message>
        <source>When, ISO 8601 (default: now).</source>
        <translation>When, ISO 8601 (default: now).</translation>
    </message>
    <message>
        <source>List a contact&apos;s follow-ups, newest first.</source>
        <translation>List a contact&apos;s follow-ups, newest first.</translation>
    </message>
    <message>
        <source>At most N records (default 100).</source>
        <translation>At most N records (default 100).</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <source>Global options (accepted before or after the command):
</source>
        <translation>Global options (accepted before or after the command):
</translation>
    </message>
    <message>
        <source>Unlocking: --keychain, else --passphrase-env VAR, else a hidden prompt when standard
input is a terminal; otherwise the command fails with exit code 2.
</source>
        <translation>Unlocking: --keychain, else --passphrase-env VAR, else a hidden prompt when standard
input is a terminal; otherwise the command fails with exit code 2.
</translation>
    </message>
    <message>
        <source>liuliang-cli: the headless face of Liuliang (留量), for admins, scripts and tests.

Usage: liuliang-cli [global options] COMMAND [arguments] [options]

Commands:
</source>
        <translation>liuliang-cli: the headless face of Liuliang (留量), for admins, scripts and tests.

Usage: liuliang-cli [global options] COMMAND [arguments] [options]

Commands:
</translation>
    </message>
    <message>
        <source>
Run &apos;liuliang-cli COMMAND --help&apos; for the options of one command.
</source>
        <translation>
Run &apos;liuliang-cli COMMAND --help&apos; for the options of one command.
</translation>
    </message>
    <message>
        <source>Usage: %1

%2
</source>
        <translation>Usage: %1

%2
</translation>
    </message>
    <message>
        <source>
Options:
</source>
        <translation>
Options:
</translation>
    </message>
    <message>
        <source>--store and --staff need --org.</source>
        <translation>--store and --staff need --org.</translation>
    </message>
    <message>
        <source>--role: expected guide, manager or admin, got &apos;%1&apos;.</source>
        <translation>--role: expected guide, manager or admin, got &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 must not be empty.</translation>
    </message>
    <message>
        <source>--no-passphrase needs --keychain: the key must be protected somehow.</source>
        <translation>--no-passphrase needs --keychain: the key must be protected somehow.</translation>
    </message>
    <message>
        <source>A profile already exists in %1; nothing was changed.</source>
        <translation>A profile already exists in %1; nothing was changed.</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>passphrase</translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation>OS keychain</translation>
    </message>
    <message>
        <source>Created an encrypted profile in %1; its key is protected by: %2.
</source>
        <translation>Created an encrypted profile in %1; its key is protected by: %2.
</translation>
    </message>
    <message>
        <source>New contacts are owned by staff member %1.
</source>
        <translation>New contacts are owned by staff member %1.
</translation>
    </message>
    <message>
        <source>Create an encrypted profile (refuses when one exists).</source>
        <translation>Create an encrypted profile (refuses when one exists).</translation>
    </message>
    <message>
        <source>Create a new encrypted profile (refuses when one exists). The key is protected by the passphrase and/or, with --keychain, the OS keychain.</source>
        <translation>Create a new encrypted profile (refuses when one exists). The key is protected by the passphrase and/or, with --keychain, the OS keychain.</translation>
    </message>
    <message>
        <source>Create the local organisation.</source>
        <translation>Create the local organisation.</translation>
    </message>
    <message>
        <source>Create a store of the organisation.</source>
        <translation>Create a store of the organisation.</translation>
    </message>
    <message>
        <source>Create your own staff record; it owns new contacts.</source>
        <translation>Create your own staff record; it owns new contacts.</translation>
    </message>
    <message>
        <source>Role of that staff record: guide, manager, admin (default).</source>
        <translation>Role of that staff record: guide, manager, admin (default).</translation>
    </message>
    <message>
        <source>With --keychain: protect the key by the keychain only.</source>
        <translation>With --keychain: protect the key by the keychain only.</translation>
    </message>
    <message>
        <source>product add needs --sku and --name.</source>
        <translation>product add needs --sku and --name.</translation>
    </message>
    <message>
        <source>--sku and --name must not be empty.</source>
        <translation>--sku and --name must not be empty.</translation>
    </message>
    <message>
        <source>Added product %1 %2 (%3).
</source>
        <translation>Added product %1 %2 (%3).
</translation>
    </message>
    <message>
        <source>No products.
</source>
        <translation>No products.
</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>CATEGORY</translation>
    </message>
    <message>
        <source>CYCLE DAYS</source>
        <translation>CYCLE DAYS</translation>
    </message>
    <message>
        <source>Products: SKU, name, category and consumption cycle.</source>
        <translation>Products: SKU, name, category and consumption cycle.</translation>
    </message>
    <message>
        <source>Add a product.</source>
        <translation>Add a product.</translation>
    </message>
    <message>
        <source>Stock-keeping unit, unique (required).</source>
        <translation>Stock-keeping unit, unique (required).</translation>
    </message>
    <message>
        <source>Product name (required).</source>
        <translation>Product name (required).</translation>
    </message>
    <message>
        <source>Category.</source>
        <translation>Category.</translation>
    </message>
    <message>
        <source>Days one unit lasts, for repurchase reminders (0 = none).</source>
        <translation>Days one unit lasts, for repurchase reminders (0 = none).</translation>
    </message>
    <message>
        <source>List products.</source>
        <translation>List products.</translation>
    </message>
    <message>
        <source>purchase add needs --product SKU|ID.</source>
        <translation>purchase add needs --product SKU|ID.</translation>
    </message>
    <message>
        <source>Recorded purchase of %1 x%2 (%3) by %4 (%5).
</source>
        <translation>Recorded purchase of %1 x%2 (%3) by %4 (%5).
</translation>
    </message>
    <message>
        <source>No purchases by %1.
</source>
        <translation>No purchases by %1.
</translation>
    </message>
    <message>
        <source>Purchases (append-only); a purchase makes a lead or prospect a customer.</source>
        <translation>Purchases (append-only); a purchase makes a lead or prospect a customer.</translation>
    </message>
    <message>
        <source>Record a purchase.</source>
        <translation>Record a purchase.</translation>
    </message>
    <message>
        <source>The product (required).</source>
        <translation>The product (required).</translation>
    </message>
    <message>
        <source>Units (default 1).</source>
        <translation>Units (default 1).</translation>
    </message>
    <message>
        <source>Amount paid, e.g. 12.34 (default 0).</source>
        <translation>Amount paid, e.g. 12.34 (default 0).</translation>
    </message>
    <message>
        <source>Day of purchase (default: today).</source>
        <translation>Day of purchase (default: today).</translation>
    </message>
    <message>
        <source>List a contact&apos;s purchases, newest first.</source>
        <translation>List a contact&apos;s purchases, newest first.</translation>
    </message>
    <message>
        <source>Tag group for tags created here (default: 默认).</source>
        <translation>Tag group for tags created here (default: 默认).</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>A tag name must not be empty.</source>
        <translation>A tag name must not be empty.</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GROUP</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>CONTACTS</source>
        <translation>CONTACTS</translation>
    </message>
    <message>
        <source>No tags.
</source>
        <translation>No tags.
</translation>
    </message>
    <message>
        <source>Tagged %1 (%2): %3
</source>
        <translation>Tagged %1 (%2): %3
</translation>
    </message>
    <message>
        <source>Untagged %1 (%2): %3
</source>
        <translation>Untagged %1 (%2): %3
</translation>
    </message>
    <message>
        <source>Created tag %1 (%2).
</source>
        <translation>Created tag %1 (%2).
</translation>
    </message>
    <message>
        <source>Deleted tag %1 (%2).
</source>
        <translation>Deleted tag %1 (%2).
</translation>
    </message>
    <message>
        <source>TAG is a tag id, group/name, or a name unique across groups.</source>
        <translation>TAG is a tag id, group/name, or a name unique across groups.</translation>
    </message>
    <message>
        <source>Tags: label contacts, create, list and delete tags. </source>
        <translation>Tags: label contacts, create, list and delete tags. </translation>
    </message>
    <message>
        <source>Tag a contact; missing tags are created (in --group).</source>
        <translation>Tag a contact; missing tags are created (in --group).</translation>
    </message>
    <message>
        <source>Remove tags from a contact.</source>
        <translation>Remove tags from a contact.</translation>
    </message>
    <message>
        <source>List all tags, or the tags of one contact.</source>
        <translation>List all tags, or the tags of one contact.</translation>
    </message>
    <message>
        <source>Show how many contacts carry each tag.</source>
        <translation>Show how many contacts carry each tag.</translation>
    </message>
    <message>
        <source>Create a tag without using it.</source>
        <translation>Create a tag without using it.</translation>
    </message>
    <message>
        <source>Delete a tag; it disappears from every contact.</source>
        <translation>Delete a tag; it disappears from every contact.</translation>
    </message>
    <message>
        <source>export contacts needs --format csv or --format vcard.</source>
        <translation>export contacts needs --format csv or --format vcard.</translation>
    </message>
    <message>
        <source>export contacts needs --out FILE.</source>
        <translation>export contacts needs --out FILE.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Exported %1 contacts to %2.
</source>
        <translation>Exported %1 contacts to %2.
</translation>
    </message>
    <message>
        <source>Export contacts to CSV or vCard.</source>
        <translation>Export contacts to CSV or vCard.</translation>
    </message>
    <message>
        <source>Export contacts (newest first) to CSV (UTF-8 with BOM, Chinese headers, formulas neutralised) or vCard 4.0; filters combine with AND.</source>
        <translation>Export contacts (newest first) to CSV (UTF-8 with BOM, Chinese headers, formulas neutralised) or vCard 4.0; filters combine with AND.</translation>
    </message>
    <message>
        <source>csv or vcard (required).</source>
        <translation>csv or vcard (required).</translation>
    </message>
    <message>
        <source>Output file (required).</source>
        <translation>Output file (required).</translation>
    </message>
    <message>
        <source>Only contacts matching this search.</source>
        <translation>Only contacts matching this search.</translation>
    </message>
    <message>
        <source>Only contacts with this tag; repeat: all of them.</source>
        <translation>Only contacts with this tag; repeat: all of them.</translation>
    </message>
    <message>
        <source>--map: expected COLUMN=FIELD, got &apos;%1&apos;.</source>
        <translation>--map: expected COLUMN=FIELD, got &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--map: unknown field &apos;%1&apos; (use one of: %2).</source>
        <translation>--map: unknown field &apos;%1&apos; (use one of: %2).</translation>
    </message>
    <message>
        <source>--allocate: expected round-robin, city or load, got &apos;%1&apos;.</source>
        <translation>--allocate: expected round-robin, city or load, got &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--city: expected CITY=STAFF_ID[,STAFF_ID...], got &apos;%1&apos;.</source>
        <translation>--city: expected CITY=STAFF_ID[,STAFF_ID...], got &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--guides and --city need --allocate.</source>
        <translation>--guides and --city need --allocate.</translation>
    </message>
    <message>
        <source>--city needs --allocate city.</source>
        <translation>--city needs --allocate city.</translation>
    </message>
    <message>
        <source>Encoding %1; columns: %2
</source>
        <translation>Encoding %1; columns: %2
</translation>
    </message>
    <message>
        <source>Rows read: %1
New contacts: %2
Merged duplicates: %3
Already imported: %4
Rejected: %5
</source>
        <translation>Rows read: %1
New contacts: %2
Merged duplicates: %3
Already imported: %4
Rejected: %5
</translation>
    </message>
    <message>
        <source>Existing contacts merged with each other: %1
</source>
        <translation>Existing contacts merged with each other: %1
</translation>
    </message>
    <message>
        <source>Allocated to %1: %2
</source>
        <translation>Allocated to %1: %2
</translation>
    </message>
    <message>
        <source>  line %1: %2
</source>
        <translation>  line %1: %2
</translation>
    </message>
    <message>
        <source>  ... and %1 more
</source>
        <translation>  ... and %1 more
</translation>
    </message>
    <message>
        <source>Rejected rows written to %1 (fix them and import that file).
</source>
        <translation>Rejected rows written to %1 (fix them and import that file).
</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>No such file: %1</translation>
    </message>
    <message>
        <source>Import stopped at line %1: %2. The rows before it are saved; importing the file again continues without duplicating them.</source>
        <translation>Import stopped at line %1: %2. The rows before it are saved; importing the file again continues without duplicating them.</translation>
    </message>
    <message>
        <source>Import leads from ad-platform and lead-form exports.</source>
        <translation>Import leads from ad-platform and lead-form exports.</translation>
    </message>
    <message>
        <source>Map a column to name, phone, wechat, nickname, source, city, intent, created, notes or ignore; repeat for several columns.</source>
        <translation>Map a column to name, phone, wechat, nickname, source, city, intent, created, notes or ignore; repeat for several columns.</translation>
    </message>
    <message>
        <source>Source channel for rows that have none.</source>
        <translation>Source channel for rows that have none.</translation>
    </message>
    <message>
        <source>Owners of new leads: round-robin, city or load (default: you).</source>
        <translation>Owners of new leads: round-robin, city or load (default: you).</translation>
    </message>
    <message>
        <source>Staff ids to allocate to (default: every active guide).</source>
        <translation>Staff ids to allocate to (default: every active guide).</translation>
    </message>
    <message>
        <source>With --allocate city: guides for a city (default: the guides of the stores in that city); repeatable.</source>
        <translation>With --allocate city: guides for a city (default: the guides of the stores in that city); repeatable.</translation>
    </message>
    <message>
        <source>Write rejected rows with their reason to this CSV file (UTF-8 with BOM).</source>
        <translation>Write rejected rows with their reason to this CSV file (UTF-8 with BOM).</translation>
    </message>
    <message>
        <source>Force the file&apos;s encoding (UTF-8, GB18030, ...).</source>
        <translation>Force the file&apos;s encoding (UTF-8, GB18030, ...).</translation>
    </message>
    <message>
        <source>%1 id prefix &apos;%2&apos; is ambiguous; give more characters.</source>
        <translation>%1 id prefix &apos;%2&apos; is ambiguous; give more characters.</translation>
    </message>
    <message>
        <source>No %1 with id %2.</source>
        <translation>No %1 with id %2.</translation>
    </message>
    <message>
        <source>saved, but the contact&apos;s reminders were not updated (%1); they will be on the next &apos;reminders due&apos;.</source>
        <translation>saved, but the contact&apos;s reminders were not updated (%1); they will be on the next &apos;reminders due&apos;.</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>material add needs --kind (%1).</source>
        <translation>material add needs --kind (%1).</translation>
    </message>
    <message>
        <source>material add --kind %1 needs a FILE.</source>
        <translation>material add --kind %1 needs a FILE.</translation>
    </message>
    <message>
        <source>material add --kind link needs --url URL.</source>
        <translation>material add --kind link needs --url URL.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>Added %1 %2 (%3) %4.
</source>
        <translation>Added %1 %2 (%3) %4.
</translation>
    </message>
    <message>
        <source>Added %1 %2 %3.
</source>
        <translation>Added %1 %2 %3.
</translation>
    </message>
    <message>
        <source>No materials.
</source>
        <translation>No materials.
</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITLE</translation>
    </message>
    <message>
        <source>FILE / URL</source>
        <translation>FILE / URL</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>TAGS</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>OWNER</translation>
    </message>
    <message>
        <source>USES</source>
        <translation>USES</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>material export needs --out PATH.</source>
        <translation>material export needs --out PATH.</translation>
    </message>
    <message>
        <source>--out must not be empty.</source>
        <translation>--out must not be empty.</translation>
    </message>
    <message>
        <source>%1 exists; pass --force to overwrite it.</source>
        <translation>%1 exists; pass --force to overwrite it.</translation>
    </message>
    <message>
        <source>material</source>
        <translation>material</translation>
    </message>
    <message>
        <source>Exported %1 (%2) to %3.
</source>
        <translation>Exported %1 (%2) to %3.
</translation>
    </message>
    <message>
        <source>The material library (素材): images, videos, documents, posters and links. Files are stored encrypted inside the profile, the same file once. You act as the profile&apos;s staff member (init --staff) with that member&apos;s role; without one, as a guide. Team materials need a manager or admin.</source>
        <translation>The material library (素材): images, videos, documents, posters and links. Files are stored encrypted inside the profile, the same file once. You act as the profile&apos;s staff member (init --staff) with that member&apos;s role; without one, as a guide. Team materials need a manager or admin.</translation>
    </message>
    <message>
        <source>Add a file (image, video, document, poster; at most 100 MB) or a link (--url).</source>
        <translation>Add a file (image, video, document, poster; at most 100 MB) or a link (--url).</translation>
    </message>
    <message>
        <source>image, video, document, poster, link or mini_program (required).</source>
        <translation>image, video, document, poster, link or mini_program (required).</translation>
    </message>
    <message>
        <source>Title (default: the file name).</source>
        <translation>Title (default: the file name).</translation>
    </message>
    <message>
        <source>Description.</source>
        <translation>Description.</translation>
    </message>
    <message>
        <source>Tag (repeatable).</source>
        <translation>Tag (repeatable).</translation>
    </message>
    <message>
        <source>link: the address (required); mini_program: fallback page.</source>
        <translation>link: the address (required); mini_program: fallback page.</translation>
    </message>
    <message>
        <source>mini_program: app id (wx + 16 hex digits).</source>
        <translation>mini_program: app id (wx + 16 hex digits).</translation>
    </message>
    <message>
        <source>mini_program: page path.</source>
        <translation>mini_program: page path.</translation>
    </message>
    <message>
        <source>A team material (managers and admins); default: a personal one.</source>
        <translation>A team material (managers and admins); default: a personal one.</translation>
    </message>
    <message>
        <source>List team materials and yours.</source>
        <translation>List team materials and yours.</translation>
    </message>
    <message>
        <source>Title, description, tags, category, file name; pinyin too.</source>
        <translation>Title, description, tags, category, file name; pinyin too.</translation>
    </message>
    <message>
        <source>Only this kind.</source>
        <translation>Only this kind.</translation>
    </message>
    <message>
        <source>Only this category.</source>
        <translation>Only this category.</translation>
    </message>
    <message>
        <source>Decrypt a material&apos;s file to PATH (verified against its SHA-256).</source>
        <translation>Decrypt a material&apos;s file to PATH (verified against its SHA-256).</translation>
    </message>
    <message>
        <source>Where to write the file (required).</source>
        <translation>Where to write the file (required).</translation>
    </message>
    <message>
        <source>Overwrite PATH if it exists.</source>
        <translation>Overwrite PATH if it exists.</translation>
    </message>
    <message>
        <source>Run-out</source>
        <translation>Run-out</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Dormant</translation>
    </message>
    <message>
        <source>Lead response</source>
        <translation>Lead response</translation>
    </message>
    <message>
        <source>Custom date</source>
        <translation>Custom date</translation>
    </message>
    <message>
        <source>--mine: this profile has no staff member of its own (init --staff).</source>
        <translation>--mine: this profile has no staff member of its own (init --staff).</translation>
    </message>
    <message>
        <source>Nothing due on %1.
</source>
        <translation>Nothing due on %1.
</translation>
    </message>
    <message>
        <source>%1 (%2)
</source>
        <translation>%1 (%2)
</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>DUE</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>CONTACT</translation>
    </message>
    <message>
        <source>ABOUT</source>
        <translation>ABOUT</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>RULE</translation>
    </message>
    <message>
        <source>SCRIPT</source>
        <translation>SCRIPT</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>reminder</translation>
    </message>
    <message>
        <source>reminders snooze needs --until YYYY-MM-DD.</source>
        <translation>reminders snooze needs --until YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Snoozed %1 (%2, %3) until %4.
</source>
        <translation>Snoozed %1 (%2, %3) until %4.
</translation>
    </message>
    <message>
        <source>Marked %1 (%2, %3) %4.
</source>
        <translation>Marked %1 (%2, %3) %4.
</translation>
    </message>
    <message>
        <source>Reminders generated from the rules: what is due, and what you did about it.</source>
        <translation>Reminders generated from the rules: what is due, and what you did about it.</translation>
    </message>
    <message>
        <source>Open reminders due on or before the date, grouped by kind (run-out, lead response, dormant, birthday, holiday, custom date), overdue first.</source>
        <translation>Open reminders due on or before the date, grouped by kind (run-out, lead response, dormant, birthday, holiday, custom date), overdue first.</translation>
    </message>
    <message>
        <source>The day to look from (default: today, Asia/Shanghai).</source>
        <translation>The day to look from (default: today, Asia/Shanghai).</translation>
    </message>
    <message>
        <source>Only your own contacts&apos; reminders.</source>
        <translation>Only your own contacts&apos; reminders.</translation>
    </message>
    <message>
        <source>Mark a reminder done.</source>
        <translation>Mark a reminder done.</translation>
    </message>
    <message>
        <source>Hide a reminder until a later day.</source>
        <translation>Hide a reminder until a later day.</translation>
    </message>
    <message>
        <source>Show it again from this day (required).</source>
        <translation>Show it again from this day (required).</translation>
    </message>
    <message>
        <source>Dismiss a reminder.</source>
        <translation>Dismiss a reminder.</translation>
    </message>
    <message>
        <source>--%1: expected yes or no, got &apos;%2&apos;.</source>
        <translation>--%1: expected yes or no, got &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>the rule was saved, but reminders were not regenerated (%1); they will be on the next &apos;reminders due&apos;.</source>
        <translation>the rule was saved, but reminders were not regenerated (%1); they will be on the next &apos;reminders due&apos;.</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>rule</translation>
    </message>
    <message>
        <source>rule add needs --name and --kind (%1).</source>
        <translation>rule add needs --name and --kind (%1).</translation>
    </message>
    <message>
        <source>Added rule %1 (%2) %3.
</source>
        <translation>Added rule %1 (%2) %3.
</translation>
    </message>
    <message>
        <source>Saved rule %1 (%2) %3.
</source>
        <translation>Saved rule %1 (%2) %3.
</translation>
    </message>
    <message>
        <source>Deleted rule %1.
</source>
        <translation>Deleted rule %1.
</translation>
    </message>
    <message>
        <source>No rules.
</source>
        <translation>No rules.
</translation>
    </message>
    <message>
        <source>LEAD DAYS</source>
        <translation>LEAD DAYS</translation>
    </message>
    <message>
        <source>THRESHOLD</source>
        <translation>THRESHOLD</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>SUBJECT</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>SCOPE</translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation>ENABLED</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>tag %1</translation>
    </message>
    <message>
        <source>store %1</source>
        <translation>store %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Rule name (required).</source>
        <translation>Rule name (required).</translation>
    </message>
    <message>
        <source>Rule name.</source>
        <translation>Rule name.</translation>
    </message>
    <message>
        <source>dormant: days without contact; lead_sla: hours a new lead may wait.</source>
        <translation>dormant: days without contact; lead_sla: hours a new lead may wait.</translation>
    </message>
    <message>
        <source>runout: only this product (&apos;&apos; = every product).</source>
        <translation>runout: only this product (&apos;&apos; = every product).</translation>
    </message>
    <message>
        <source>holiday: only this holiday (&apos;&apos; = every holiday).</source>
        <translation>holiday: only this holiday (&apos;&apos; = every holiday).</translation>
    </message>
    <message>
        <source>custom_date: the contact&apos;s custom date field (required).</source>
        <translation>custom_date: the contact&apos;s custom date field (required).</translation>
    </message>
    <message>
        <source>custom_date: remind every year (default yes).</source>
        <translation>custom_date: remind every year (default yes).</translation>
    </message>
    <message>
        <source>Only contacts with any of these tags (repeatable).</source>
        <translation>Only contacts with any of these tags (repeatable).</translation>
    </message>
    <message>
        <source>Only contacts in any of these stages (repeatable).</source>
        <translation>Only contacts in any of these stages (repeatable).</translation>
    </message>
    <message>
        <source>Only contacts of any of these stores (repeatable).</source>
        <translation>Only contacts of any of these stores (repeatable).</translation>
    </message>
    <message>
        <source>Suggested script id.</source>
        <translation>Suggested script id.</translation>
    </message>
    <message>
        <source>Whether the rule generates reminders (default yes).</source>
        <translation>Whether the rule generates reminders (default yes).</translation>
    </message>
    <message>
        <source>A team rule (managers and admins); default: a personal rule of yours.</source>
        <translation>A team rule (managers and admins); default: a personal rule of yours.</translation>
    </message>
    <message>
        <source>Reminder rules (run-out, birthday, holiday, dormant, lead SLA, custom date). You act as the profile&apos;s staff member (init --staff) with that member&apos;s role; without one, as a guide. Team rules need a manager or admin. Every change regenerates the reminders.</source>
        <translation>Reminder rules (run-out, birthday, holiday, dormant, lead SLA, custom date). You act as the profile&apos;s staff member (init --staff) with that member&apos;s role; without one, as a guide. Team rules need a manager or admin. Every change regenerates the reminders.</translation>
    </message>
    <message>
        <source>Add a rule.</source>
        <translation>Add a rule.</translation>
    </message>
    <message>
        <source>List the team&apos;s rules and yours.</source>
        <translation>List the team&apos;s rules and yours.</translation>
    </message>
    <message>
        <source>Change a rule; repeated options (--tag, --stage, --store) replace the list, &apos;&apos; clears it.</source>
        <translation>Change a rule; repeated options (--tag, --stage, --store) replace the list, &apos;&apos; clears it.</translation>
    </message>
    <message>
        <source>Delete a rule.</source>
        <translation>Delete a rule.</translation>
    </message>
    <message>
        <source>script</source>
        <translation>script</translation>
    </message>
    <message>
        <source>script add needs --title and --body.</source>
        <translation>script add needs --title and --body.</translation>
    </message>
    <message>
        <source>--category: expected one of %1, got &apos;%2&apos;.</source>
        <translation>--category: expected one of %1, got &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Unknown placeholders: %1 (known: %2). Use --allow-unknown for a custom field that does not exist yet.</source>
        <translation>Unknown placeholders: %1 (known: %2). Use --allow-unknown for a custom field that does not exist yet.</translation>
    </message>
    <message>
        <source>Added script %1 (%2) %3.
</source>
        <translation>Added script %1 (%2) %3.
</translation>
    </message>
    <message>
        <source>No scripts.
</source>
        <translation>No scripts.
</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>script render needs --contact CONTACT_ID.</source>
        <translation>script render needs --contact CONTACT_ID.</translation>
    </message>
    <message>
        <source>script use needs --contact CONTACT_ID.</source>
        <translation>script use needs --contact CONTACT_ID.</translation>
    </message>
    <message>
        <source>No sensitive words.
</source>
        <translation>No sensitive words.
</translation>
    </message>
    <message>
        <source>You act as the profile&apos;s staff member (init --staff) with that member&apos;s role; without one, as a guide. Team scripts need a manager or admin.</source>
        <translation>You act as the profile&apos;s staff member (init --staff) with that member&apos;s role; without one, as a guide. Team scripts need a manager or admin.</translation>
    </message>
    <message>
        <source>The script library (话术): texts with {placeholders} filled from a customer. </source>
        <translation>The script library (话术): texts with {placeholders} filled from a customer. </translation>
    </message>
    <message>
        <source>Add a script. Placeholders: {name}, {nickname}, {product}, {days_since_purchase}, {guide}, {store} and custom fields; {{ and }} are literal braces. Unknown placeholders and sensitive words are refused (exit 6).</source>
        <translation>Add a script. Placeholders: {name}, {nickname}, {product}, {days_since_purchase}, {guide}, {store} and custom fields; {{ and }} are literal braces. Unknown placeholders and sensitive words are refused (exit 6).</translation>
    </message>
    <message>
        <source>Title (required).</source>
        <translation>Title (required).</translation>
    </message>
    <message>
        <source>welcome, product_intro, objection, holiday, birthday, runout or custom (default custom).</source>
        <translation>welcome, product_intro, objection, holiday, birthday, runout or custom (default custom).</translation>
    </message>
    <message>
        <source>The text (required).</source>
        <translation>The text (required).</translation>
    </message>
    <message>
        <source>A team script (managers and admins); default: a personal one.</source>
        <translation>A team script (managers and admins); default: a personal one.</translation>
    </message>
    <message>
        <source>Accept placeholders that are not known yet (a custom field to come).</source>
        <translation>Accept placeholders that are not known yet (a custom field to come).</translation>
    </message>
    <message>
        <source>List team scripts and yours.</source>
        <translation>List team scripts and yours.</translation>
    </message>
    <message>
        <source>Title, text or tags; Chinese, pinyin or initials.</source>
        <translation>Title, text or tags; Chinese, pinyin or initials.</translation>
    </message>
    <message>
        <source>Show a script personalised for a customer; unknown or empty placeholders and sensitive words are listed and exit 6 (with --json the report is printed too).</source>
        <translation>Show a script personalised for a customer; unknown or empty placeholders and sensitive words are listed and exit 6 (with --json the report is printed too).</translation>
    </message>
    <message>
        <source>The customer (required).</source>
        <translation>The customer (required).</translation>
    </message>
    <message>
        <source>Product for {product} (default: the customer&apos;s latest purchase).</source>
        <translation>Product for {product} (default: the customer&apos;s latest purchase).</translation>
    </message>
    <message>
        <source>Render for a customer, record the use as a follow-up (message) and print the text.</source>
        <translation>Render for a customer, record the use as a follow-up (message) and print the text.</translation>
    </message>
    <message>
        <source>The team&apos;s sensitive-word list (敏感词), checked when scripts are saved, rendered and used. Changes need a manager or admin.</source>
        <translation>The team&apos;s sensitive-word list (敏感词), checked when scripts are saved, rendered and used. Changes need a manager or admin.</translation>
    </message>
    <message>
        <source>Add words (all or nothing).</source>
        <translation>Add words (all or nothing).</translation>
    </message>
    <message>
        <source>Remove words as listed (all or nothing).</source>
        <translation>Remove words as listed (all or nothing).</translation>
    </message>
    <message>
        <source>List the words.</source>
        <translation>List the words.</translation>
    </message>
    <message>
        <source>Sync failed (%1): %2</source>
        <translation>Sync failed (%1): %2</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>No password given.</source>
        <translation>No password given.</translation>
    </message>
    <message>
        <source>login needs --server URL and --user NAME.</source>
        <translation>login needs --server URL and --user NAME.</translation>
    </message>
    <message>
        <source>--server must be an https:// address.</source>
        <translation>--server must be an https:// address.</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2 (%3).
</source>
        <translation>Logged in to %1 as %2 (%3).
</translation>
    </message>
    <message>
        <source>uploading files</source>
        <translation>uploading files</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>sending</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>receiving</translation>
    </message>
    <message>
        <source>%1: %2/%3</source>
        <translation>%1: %2/%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This account has been disabled: the local profile in %1 was wiped.</source>
        <translation>This account has been disabled: the local profile in %1 was wiped.</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 rejected, %3 received, %4 removed, %5 new conflicts.
</source>
        <translation>Synced: %1 sent, %2 rejected, %3 received, %4 removed, %5 new conflicts.
</translation>
    </message>
    <message>
        <source>Not logged in. %1 local changes are waiting.
</source>
        <translation>Not logged in. %1 local changes are waiting.
</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2. %3 changes waiting. Last sync: %4.%5
</source>
        <translation>Logged in to %1 as %2. %3 changes waiting. Last sync: %4.%5
</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source> Last error: %1</source>
        <translation> Last error: %1</translation>
    </message>
    <message>
        <source>Logged out; the local data stays on this device.
</source>
        <translation>Logged out; the local data stays on this device.
</translation>
    </message>
    <message>
        <source>Log in to a sync server (the password is read from the terminal or stdin).</source>
        <translation>Log in to a sync server (the password is read from the terminal or stdin).</translation>
    </message>
    <message>
        <source>Server address, https://host:port.</source>
        <translation>Server address, https://host:port.</translation>
    </message>
    <message>
        <source>PEM file of a private certificate authority.</source>
        <translation>PEM file of a private certificate authority.</translation>
    </message>
    <message>
        <source>Pin the server&apos;s public key.</source>
        <translation>Pin the server&apos;s public key.</translation>
    </message>
    <message>
        <source>Organisation id or name.</source>
        <translation>Organisation id or name.</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>User name.</translation>
    </message>
    <message>
        <source>Send local changes and receive the server&apos;s (progress on stderr).</source>
        <translation>Send local changes and receive the server&apos;s (progress on stderr).</translation>
    </message>
    <message>
        <source>Show the login and the changes waiting to be synced.</source>
        <translation>Show the login and the changes waiting to be synced.</translation>
    </message>
    <message>
        <source>Log out of the sync server; the local data stays.</source>
        <translation>Log out of the sync server; the local data stays.</translation>
    </message>
    <message>
        <source>Server call failed (%1): %2</source>
        <translation>Server call failed (%1): %2</translation>
    </message>
    <message>
        <source>Not logged in: run liuliang-cli login first.</source>
        <translation>Not logged in: run liuliang-cli login first.</translation>
    </message>
    <message>
        <source>No staff member %1 in the directory.</source>
        <translation>No staff member %1 in the directory.</translation>
    </message>
    <message>
        <source>%1 names %2 people: give the staff id.</source>
        <translation>%1 names %2 people: give the staff id.</translation>
    </message>
    <message>
        <source>--evenly needs at least one staff member.</source>
        <translation>--evenly needs at least one staff member.</translation>
    </message>
    <message>
        <source>Give one of --%1, --evenly, --by-store.</source>
        <translation>Give one of --%1, --evenly, --by-store.</translation>
    </message>
    <message>
        <source>--capacity must be a whole number of at least 1.</source>
        <translation>--capacity must be a whole number of at least 1.</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>FROM</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>TO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>DONE</translation>
    </message>
    <message>
        <source>FOLLOWED UP</source>
        <translation>FOLLOWED UP</translation>
    </message>
    <message>
        <source>REVIEWED</source>
        <translation>REVIEWED</translation>
    </message>
    <message>
        <source>TRANSFER</source>
        <translation>TRANSFER</translation>
    </message>
    <message>
        <source>after %1 h</source>
        <translation>after %1 h</translation>
    </message>
    <message>
        <source>Transfer %1 from %2: %3 moved, %4 failed, %5 waiting (%6).
</source>
        <translation>Transfer %1 from %2: %3 moved, %4 failed, %5 waiting (%6).
</translation>
    </message>
    <message>
        <source>Give at least 4 characters of the transfer id.</source>
        <translation>Give at least 4 characters of the transfer id.</translation>
    </message>
    <message>
        <source>No transfer %1.</source>
        <translation>No transfer %1.</translation>
    </message>
    <message>
        <source>%1 matches several transfers.</source>
        <translation>%1 matches several transfers.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>STORE</source>
        <translation>STORE</translation>
    </message>
    <message>
        <source>%1 has departed; their devices are wiped at the next sync.
</source>
        <translation>%1 has departed; their devices are wiped at the next sync.
</translation>
    </message>
    <message>
        <source>transfer create needs --from STAFF.</source>
        <translation>transfer create needs --from STAFF.</translation>
    </message>
    <message>
        <source>--stuck takes a number of days.</source>
        <translation>--stuck takes a number of days.</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREATED</translation>
    </message>
    <message>
        <source>STRATEGY</source>
        <translation>STRATEGY</translation>
    </message>
    <message>
        <source>MOVED</source>
        <translation>MOVED</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>REASON</translation>
    </message>
    <message>
        <source>Nothing stuck.
</source>
        <translation>Nothing stuck.
</translation>
    </message>
    <message>
        <source>Give either --all or --contacts ID,ID.</source>
        <translation>Give either --all or --contacts ID,ID.</translation>
    </message>
    <message>
        <source>Give the contacts to this guide (id or unique name).</source>
        <translation>Give the contacts to this guide (id or unique name).</translation>
    </message>
    <message>
        <source>Share the contacts evenly between these guides.</source>
        <translation>Share the contacts evenly between these guides.</translation>
    </message>
    <message>
        <source>Give each contact to a guide of its own store.</source>
        <translation>Give each contact to a guide of its own store.</translation>
    </message>
    <message>
        <source>A receiver takes contacts only while it owns fewer than N.</source>
        <translation>A receiver takes contacts only while it owns fewer than N.</translation>
    </message>
    <message>
        <source>Why, shown in the review queue.</source>
        <translation>Why, shown in the review queue.</translation>
    </message>
    <message>
        <source>First give all their contacts to this guide.</source>
        <translation>First give all their contacts to this guide.</translation>
    </message>
    <message>
        <source>Mark a staff member departed (their devices are wiped), optionally handing their contacts over first.</source>
        <translation>Mark a staff member departed (their devices are wiped), optionally handing their contacts over first.</translation>
    </message>
    <message>
        <source>The org&apos;s staff directory and departures (managers and admins).</source>
        <translation>The org&apos;s staff directory and departures (managers and admins).</translation>
    </message>
    <message>
        <source>List the staff you can see, with their store.</source>
        <translation>List the staff you can see, with their store.</translation>
    </message>
    <message>
        <source>The guide whose contacts move.</source>
        <translation>The guide whose contacts move.</translation>
    </message>
    <message>
        <source>Only these contacts (default: all of them).</source>
        <translation>Only these contacts (default: all of them).</translation>
    </message>
    <message>
        <source>Reassign contacts between guides and review the moves (managers and admins).</source>
        <translation>Reassign contacts between guides and review the moves (managers and admins).</translation>
    </message>
    <message>
        <source>Move contacts to other guides.</source>
        <translation>Move contacts to other guides.</translation>
    </message>
    <message>
        <source>List transfers, or with --stuck the moved contacts nobody followed up.</source>
        <translation>List transfers, or with --stuck the moved contacts nobody followed up.</translation>
    </message>
    <message>
        <source>Contacts moved over DAYS days ago without a follow-up.</source>
        <translation>Contacts moved over DAYS days ago without a follow-up.</translation>
    </message>
    <message>
        <source>Show a transfer and each contact&apos;s state.</source>
        <translation>Show a transfer and each contact&apos;s state.</translation>
    </message>
    <message>
        <source>Mark moved contacts as reviewed.</source>
        <translation>Mark moved contacts as reviewed.</translation>
    </message>
    <message>
        <source>Every contact of the transfer.</source>
        <translation>Every contact of the transfer.</translation>
    </message>
    <message>
        <source>Only these contacts.</source>
        <translation>Only these contacts.</translation>
    </message>
    <message>
        <source>Try the failed contacts again.</source>
        <translation>Try the failed contacts again.</translation>
    </message>
    <message>
        <source>Give them to this guide instead.</source>
        <translation>Give them to this guide instead.</translation>
    </message>
    <message>
        <source>No notes conflicts.
</source>
        <translation>No notes conflicts.
</translation>
    </message>
    <message>
        <source>Conflict %1 · %2 (%3) · %4 · %5
</source>
        <translation>Conflict %1 · %2 (%3) · %4 · %5
</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>this device</translation>
    </message>
    <message>
        <source>  current: %1
  other:   %2
</source>
        <translation>  current: %1
  other:   %2
</translation>
    </message>
    <message>
        <source>ID is the number `conflicts list` shows.</source>
        <translation>ID is the number `conflicts list` shows.</translation>
    </message>
    <message>
        <source>conflicts resolve needs --keep mine, theirs or merged.</source>
        <translation>conflicts resolve needs --keep mine, theirs or merged.</translation>
    </message>
    <message>
        <source>--keep merged needs --text with the merged notes.</source>
        <translation>--keep merged needs --text with the merged notes.</translation>
    </message>
    <message>
        <source>--text is only used with --keep merged.</source>
        <translation>--text is only used with --keep merged.</translation>
    </message>
    <message>
        <source>Resolved notes conflict %1.
</source>
        <translation>Resolved notes conflict %1.
</translation>
    </message>
    <message>
        <source>Notes edited on two devices: list them and choose which text stays.</source>
        <translation>Notes edited on two devices: list them and choose which text stays.</translation>
    </message>
    <message>
        <source>List the open notes conflicts.</source>
        <translation>List the open notes conflicts.</translation>
    </message>
    <message>
        <source>Settle one conflict: keep this device&apos;s notes, the other text, or a merged text (the choice syncs like any edit).</source>
        <translation>Settle one conflict: keep this device&apos;s notes, the other text, or a merged text (the choice syncs like any edit).</translation>
    </message>
    <message>
        <source>Which text stays (required).</source>
        <translation>Which text stays (required).</translation>
    </message>
    <message>
        <source>The merged notes, with --keep merged.</source>
        <translation>The merged notes, with --keep merged.</translation>
    </message>
    <message>
        <source>Taken over</source>
        <translation>Taken over</translation>
    </message>
    <message>
        <source>from %1 (%2) on %3</source>
        <translation>from %1 (%2) on %3</translation>
    </message>
    <message>
        <source>Import leads from a CSV file (UTF-8 or GBK/GB18030, detected) or the first sheet of an .xlsx workbook: deduplicates by mobile and WeChat ID, merges duplicates, rejects rows without either, allocates new leads. Importing the same file again changes nothing.</source>
        <translation>Import leads from a CSV file (UTF-8 or GBK/GB18030, detected) or the first sheet of an .xlsx workbook: deduplicates by mobile and WeChat ID, merges duplicates, rejects rows without either, allocates new leads. Importing the same file again changes nothing.</translation>
    </message>
    <message>
        <source>runout, birthday, holiday, dormant, lead_sla, custom_date or takeover (required; fixed once added).</source>
        <translation>runout, birthday, holiday, dormant, lead_sla, custom_date or takeover (required; fixed once added).</translation>
    </message>
    <message>
        <source>Remind N days before the date (runout, birthday, holiday, custom_date), or N days after a take-over (takeover); 0-365.</source>
        <translation>Remind N days before the date (runout, birthday, holiday, custom_date), or N days after a take-over (takeover); 0-365.</translation>
    </message>
    <message>
        <source>Rows per transaction (default 50000).</source>
        <translation>Rows per transaction (default 50000).</translation>
    </message>
</context>
<context>
    <name>ll::ui::AddMaterialDialog</name>
    <message>
        <source>Add a file</source>
        <translation>Add a file</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>Add a link</source>
        <translation>Add a link</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>Add a mini-program card</source>
        <translation>Add a mini-program card</translation>
    </message>
    <message>
        <source>wx followed by 16 letters or digits</source>
        <translation>wx followed by 16 letters or digits</translation>
    </message>
    <message>
        <source>Optional web page for those without WeChat</source>
        <translation>Optional web page for those without WeChat</translation>
    </message>
    <message>
        <source>No cover image</source>
        <translation>No cover image</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Choose a cover image</source>
        <translation>Choose a cover image</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.gif)</translation>
    </message>
    <message>
        <source>&amp;App id</source>
        <translation>&amp;App id</translation>
    </message>
    <message>
        <source>&amp;Page path</source>
        <translation>&amp;Page path</translation>
    </message>
    <message>
        <source>&amp;Web page</source>
        <translation>&amp;Web page</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Cover</translation>
    </message>
    <message>
        <source>e.g. 新品, 活动</source>
        <translation>e.g. 新品, 活动</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Tags, separated by commas</translation>
    </message>
    <message>
        <source>Team material (everyone in the store can use it)</source>
        <translation>Team material (everyone in the store can use it)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation>Cate&amp;gory</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>T&amp;ags</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Choose a file first.</translation>
    </message>
    <message>
        <source>Material not added</source>
        <translation>Material not added</translation>
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
        <translation>Liuliang</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) are waiting for a follow-up.</source>
        <translation>
            <numerusform>%n contact is waiting for a follow-up.</numerusform>
            <numerusform>%n contacts are waiting for a follow-up.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Account disabled</translation>
    </message>
    <message>
        <source>Your account was disabled by your company, so the customer data on this computer has been removed. You can set up Liuliang again with a new account.</source>
        <translation>Your account was disabled by your company, so the customer data on this computer has been removed. You can set up Liuliang again with a new account.</translation>
    </message>
</context>
<context>
    <name>ll::ui::ChartCard</name>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Show the numbers as a table</source>
        <translation>Show the numbers as a table</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Export the numbers as a CSV file (opens in Excel and WPS)</source>
        <translation>Export the numbers as a CSV file (opens in Excel and WPS)</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Export the chart as an image</source>
        <translation>Export the chart as an image</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>No data yet.</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>The image could not be written.</source>
        <translation>The image could not be written.</translation>
    </message>
    <message>
        <source>Export numbers</source>
        <translation>Export numbers</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
</context>
<context>
    <name>ll::ui::ConflictListDialog</name>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>this device</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>device %1</translation>
    </message>
    <message>
        <source>Notes conflicts</source>
        <translation>Notes conflicts</translation>
    </message>
    <message>
        <source>These customers’ notes were edited on two devices. Review each one to choose which text stays; until then both are kept.</source>
        <translation>These customers’ notes were edited on two devices. Review each one to choose which text stays; until then both are kept.</translation>
    </message>
    <message>
        <source>No notes conflicts left.</source>
        <translation>No notes conflicts left.</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Review…</translation>
    </message>
    <message>
        <source>&amp;Show contact</source>
        <translation>&amp;Show contact</translation>
    </message>
</context>
<context>
    <name>ll::ui::ContactDetailPane</name>
    <message>
        <source>Select a contact to see the details.</source>
        <translation>Select a contact to see the details.</translation>
    </message>
    <message>
        <source>&amp;Merge into this contact</source>
        <translation>&amp;Merge into this contact</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the profile (%1)</source>
        <translation>Save the profile (%1)</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <source>Add &amp;follow-up</source>
        <translation>Add &amp;follow-up</translation>
    </message>
    <message>
        <source>Log a call, chat or visit (Ctrl+F, then Enter)</source>
        <translation>Log a call, chat or visit (Ctrl+F, then Enter)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
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
        <translation>last contacted %1</translation>
    </message>
    <message>
        <source>No follow-ups yet.</source>
        <translation>No follow-ups yet.</translation>
    </message>
    <message>
        <source>%1  %2 × %3  %4</source>
        <translation>%1  %2 × %3  %4</translation>
    </message>
    <message>
        <source>No purchases yet.</source>
        <translation>No purchases yet.</translation>
    </message>
    <message>
        <source>Possibly the same person as “%1” %2 (same phone or WeChat ID).</source>
        <translation>Possibly the same person as “%1” %2 (same phone or WeChat ID).</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Merge contacts</translation>
    </message>
    <message>
        <source>Merge the other record into “%1”? Its phones, tags, follow-ups and purchases move here; it then disappears from the list.</source>
        <translation>Merge the other record into “%1”? Its phones, tags, follow-ups and purchases move here; it then disappears from the list.</translation>
    </message>
    <message>
        <source>Merge failed: %1</source>
        <translation>Merge failed: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>You changed the profile of “%1”. Save the changes?</source>
        <translation>You changed the profile of “%1”. Save the changes?</translation>
    </message>
    <message>
        <source>The follow-up was not saved: %1</source>
        <translation>The follow-up was not saved: %1</translation>
    </message>
    <message>
        <source>Notes were edited on two devices.</source>
        <translation>Notes were edited on two devices.</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>a colleague</translation>
    </message>
    <message>
        <source>Taken over from %1 on %2</source>
        <translation>Taken over from %1 on %2</translation>
    </message>
</context>
<context>
    <name>ll::ui::ContactListModel</name>
    <message>
        <source>Never contacted</source>
        <translation>Never contacted</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>WeChat nickname</source>
        <translation>WeChat nickname</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>guide who owns the customer</comment>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>Last contacted</translation>
    </message>
    <message>
        <source>Next reminder</source>
        <translation>Next reminder</translation>
    </message>
</context>
<context>
    <name>ll::ui::ContactProfileForm</name>
    <message>
        <source>e.g. 138 0013 8000, 010-12345678</source>
        <translation>e.g. 138 0013 8000, 010-12345678</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show the full numbers to edit or dial them</source>
        <translation>Show the full numbers to edit or dial them</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>intent</comment>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>intent</comment>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>intent</comment>
        <translation>Medium</translation>
    </message>
    <message>
        <source>High</source>
        <comment>intent</comment>
        <translation>High</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>WeChat &amp;nickname:</source>
        <translation>WeChat &amp;nickname:</translation>
    </message>
    <message>
        <source>WeChat ID:</source>
        <translation>WeChat ID:</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>&amp;Phones:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Gender:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>&amp;Birthday:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>City:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Stage:</translation>
    </message>
    <message>
        <source>Intent:</source>
        <translation>Intent:</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Points:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>A name is needed, even just a surname like 王女士.</source>
        <translation>A name is needed, even just a surname like 王女士.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>The birthday is in the future.</source>
        <translation>The birthday is in the future.</translation>
    </message>
</context>
<context>
    <name>ll::ui::ContactsPage</name>
    <message>
        <source>All stages</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>Show phones</source>
        <translation>Show phones</translation>
    </message>
    <message>
        <source>Phone numbers are masked (138****8000) so nobody reads them over your shoulder</source>
        <translation>Phone numbers are masked (138****8000) so nobody reads them over your shoulder</translation>
    </message>
    <message>
        <source>Save as segment…</source>
        <translation>Save as segment…</translation>
    </message>
    <message>
        <source>Keep this search and filter in the navigation</source>
        <translation>Keep this search and filter in the navigation</translation>
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
        <translation>The list could not be read: %1</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>Save segment</translation>
    </message>
    <message>
        <source>Name of this segment (e.g. VIP not seen for 90 days):</source>
        <translation>Name of this segment (e.g. VIP not seen for 90 days):</translation>
    </message>
    <message>
        <source>The segment was not saved: %1</source>
        <translation>The segment was not saved: %1</translation>
    </message>
    <message>
        <source>Name, WeChat nickname, phone digits, pinyin (zhangsan), initials (zs) or traditional characters (張三). Ctrl+K jumps here.</source>
        <translation>Name, WeChat nickname, phone digits, pinyin (zhangsan), initials (zs) or traditional characters (張三). Ctrl+K jumps here.</translation>
    </message>
    <message>
        <source>Name, phone, pinyin, initials…</source>
        <translation>Name, phone, pinyin, initials…</translation>
    </message>
    <message>
        <source>Import leads…</source>
        <translation>Import leads…</translation>
    </message>
    <message>
        <source>Import a CSV or Excel lead export (Ctrl+I); you can also drop the file on the Leads page</source>
        <translation>Import a CSV or Excel lead export (Ctrl+I); you can also drop the file on the Leads page</translation>
    </message>
</context>
<context>
    <name>ll::ui::CreateProfileDialog</name>
    <message>
        <source>Welcome to Liuliang</source>
        <translation>Welcome to Liuliang</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your customers stay on this computer, encrypted.&lt;/b&gt;&lt;br&gt;Nobody can read them without unlocking, not even with the laptop in hand. Choose how you will unlock Liuliang:</source>
        <translation>&lt;b&gt;Your customers stay on this computer, encrypted.&lt;/b&gt;&lt;br&gt;Nobody can read them without unlocking, not even with the laptop in hand. Choose how you will unlock Liuliang:</translation>
    </message>
    <message>
        <source>With a &amp;passphrase I type when I open Liuliang</source>
        <translation>With a &amp;passphrase I type when I open Liuliang</translation>
    </message>
    <message>
        <source>Safest choice. If you forget the passphrase, nobody can recover the data on this computer, so write it down somewhere safe.</source>
        <translation>Safest choice. If you forget the passphrase, nobody can recover the data on this computer, so write it down somewhere safe.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Repeat it:</translation>
    </message>
    <message>
        <source>With this computer&apos;s &amp;keychain (no typing)</source>
        <translation>With this computer&apos;s &amp;keychain (no typing)</translation>
    </message>
    <message>
        <source>Liuliang opens by itself while you are logged in to this computer account. Convenient, but anyone who can use your logged-in account can open it too.</source>
        <translation>Liuliang opens by itself while you are logged in to this computer account. Convenient, but anyone who can use your logged-in account can open it too.</translation>
    </message>
    <message>
        <source>&amp;Create profile</source>
        <translation>&amp;Create profile</translation>
    </message>
    <message>
        <source>Choose at least one way to unlock.</source>
        <translation>Choose at least one way to unlock.</translation>
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
        <translation>The two passphrases are not the same yet.</translation>
    </message>
    <message>
        <source>Without a passphrase, losing this computer&apos;s keychain (for example after reinstalling the system) means losing the data.</source>
        <translation>Without a passphrase, losing this computer&apos;s keychain (for example after reinstalling the system) means losing the data.</translation>
    </message>
    <message>
        <source>Creating the encrypted profile…</source>
        <translation>Creating the encrypted profile…</translation>
    </message>
    <message>
        <source>Could not create the profile: %1</source>
        <translation>Could not create the profile: %1</translation>
    </message>
    <message>
        <source>My shop</source>
        <translation>My shop</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Me</translation>
    </message>
    <message>
        <source>The profile was created, but your local identity could not be set up: %1</source>
        <translation>The profile was created, but your local identity could not be set up: %1</translation>
    </message>
</context>
<context>
    <name>ll::ui::CustomerPicker</name>
    <message>
        <source>Customer: type a name or phone…</source>
        <translation>Customer: type a name or phone…</translation>
    </message>
    <message>
        <source>The customer whose details fill the placeholders; each use is recorded as a follow-up on them.</source>
        <translation>The customer whose details fill the placeholders; each use is recorded as a follow-up on them.</translation>
    </message>
</context>
<context>
    <name>ll::ui::DepartDialog</name>
    <message>
        <source>Give all their customers to one guide:</source>
        <translation>Give all their customers to one guide:</translation>
    </message>
    <message>
        <source>Share them evenly between these guides:</source>
        <translation>Share them evenly between these guides:</translation>
    </message>
    <message>
        <source>Give each customer to a guide of its own store</source>
        <translation>Give each customer to a guide of its own store</translation>
    </message>
    <message>
        <source>Keep their customers where they are (reassign later)</source>
        <translation>Keep their customers where they are (reassign later)</translation>
    </message>
    <message>
        <source>I understand: their account is closed and their devices are wiped at the next sync.</source>
        <translation>I understand: their account is closed and their devices are wiped at the next sync.</translation>
    </message>
    <message>
        <source>Depart staff</source>
        <translation>Depart staff</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>A receiver takes customers only while it owns fewer than this.</source>
        <translation>A receiver takes customers only while it owns fewer than this.</translation>
    </message>
    <message>
        <source>e.g. left the company</source>
        <translation>e.g. left the company</translation>
    </message>
    <message>
        <source>Leaving:</source>
        <translation>Leaving:</translation>
    </message>
    <message>
        <source>Their customers:</source>
        <translation>Their customers:</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Capacity:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Depart</source>
        <translation>Depart</translation>
    </message>
</context>
<context>
    <name>ll::ui::FollowUpDialog</name>
    <message>
        <source>Follow-up with %1</source>
        <translation>Follow-up with %1</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Interested</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>Call back later</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Not interested</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Bought</translation>
    </message>
    <message>
        <source>What was said? (optional)</source>
        <translation>What was said? (optional)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
</context>
<context>
    <name>ll::ui::HolidaysDialog</name>
    <message>
        <source>Holidays</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Name, e.g. 店庆</source>
        <translation>Name, e.g. 店庆</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Add the &amp;usual holidays of</source>
        <translation>Add the &amp;usual holidays of</translation>
    </message>
    <message>
        <source>The holiday list is kept by your manager.</source>
        <translation>The holiday list is kept by your manager.</translation>
    </message>
    <message>
        <source>All of %1&apos;s usual holidays are already listed.</source>
        <translation>All of %1&apos;s usual holidays are already listed.</translation>
    </message>
</context>
<context>
    <name>ll::ui::ImportFilePage</name>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semicolon (;)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Comma (,)</translation>
    </message>
    <message>
        <source>Choose the lead file</source>
        <translation>Choose the lead file</translation>
    </message>
    <message>
        <source>A CSV export of an ad platform or lead form (UTF-8 or GBK), or an Excel .xlsx workbook (its first sheet).</source>
        <translation>A CSV export of an ad platform or lead form (UTF-8 or GBK), or an Excel .xlsx workbook (its first sheet).</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>GBK / GB18030 (Chinese Windows)</source>
        <translation>GBK / GB18030 (Chinese Windows)</translation>
    </message>
    <message>
        <source>Big5 (traditional Chinese)</source>
        <translation>Big5 (traditional Chinese)</translation>
    </message>
    <message>
        <source>Change this only when the names on the next page look garbled.</source>
        <translation>Change this only when the names on the next page look garbled.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Detected:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Delimiter:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Import leads</translation>
    </message>
    <message>
        <source>Lead files (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Lead files (*.csv *.txt *.tsv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <source>Excel workbook, first sheet</source>
        <translation>Excel workbook, first sheet</translation>
    </message>
    <message>
        <source>%1 (detected%2)</source>
        <translation>%1 (detected%2)</translation>
    </message>
    <message>
        <source>, with byte order mark</source>
        <translation>, with byte order mark</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1 (chosen)</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s): %1</source>
        <translation>
            <numerusform>%n column: %1</numerusform>
            <numerusform>%n columns: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation>The file has a header row but no data rows.</translation>
    </message>
</context>
<context>
    <name>ll::ui::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Match the columns</translation>
    </message>
    <message>
        <source>Choose what each column of the file holds. Columns set to &quot;Ignore&quot; are not imported but stay in the rejected-rows file.</source>
        <translation>Choose what each column of the file holds. Columns set to &quot;Ignore&quot; are not imported but stay in the rejected-rows file.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>WeChat ID</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intent</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Lead time</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>Choose the column that holds the phone number or the WeChat ID: leads are recognised by them, and rows without either are rejected.</source>
        <translation>Choose the column that holds the phone number or the WeChat ID: leads are recognised by them, and rows without either are rejected.</translation>
    </message>
    <message>
        <source>Rows whose mobile or WeChat ID is already known are merged into that contact; nothing is imported twice.</source>
        <translation>Rows whose mobile or WeChat ID is already known are merged into that contact; nothing is imported twice.</translation>
    </message>
</context>
<context>
    <name>ll::ui::ImportOptionsPage</name>
    <message>
        <source>Owners of new leads</source>
        <translation>Owners of new leads</translation>
    </message>
    <message>
        <source>Keep them myself</source>
        <translation>Keep them myself</translation>
    </message>
    <message>
        <source>Share them in turn between the checked guides</source>
        <translation>Share them in turn between the checked guides</translation>
    </message>
    <message>
        <source>Give each lead to a guide of a store in its city</source>
        <translation>Give each lead to a guide of a store in its city</translation>
    </message>
    <message>
        <source>Give each lead to the checked guide with the fewest customers</source>
        <translation>Give each lead to the checked guide with the fewest customers</translation>
    </message>
    <message>
        <source>Import options</source>
        <translation>Import options</translation>
    </message>
    <message>
        <source>Leads already known are merged and keep their owner; these options apply to new ones.</source>
        <translation>Leads already known are merged and keep their owner; these options apply to new ones.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>e.g. 抖音 or 小红书 — for rows without a source</source>
        <translation>e.g. 抖音 or 小红书 — for rows without a source</translation>
    </message>
    <message>
        <source>Leads of a city without a store go to the checked guides in turn.</source>
        <translation>Leads of a city without a store go to the checked guides in turn.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Rejected rows</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Default &amp;source:</source>
        <translation>Default &amp;source:</translation>
    </message>
    <message>
        <source>&amp;Rejected rows to:</source>
        <translation>&amp;Rejected rows to:</translation>
    </message>
</context>
<context>
    <name>ll::ui::ImportReportPage</name>
    <message>
        <source>&amp;Open rejected-rows file</source>
        <translation>&amp;Open rejected-rows file</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Show in &amp;folder</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>Rows read:</translation>
    </message>
    <message>
        <source>New contacts:</source>
        <translation>New contacts:</translation>
    </message>
    <message>
        <source>Merged into existing contacts:</source>
        <translation>Merged into existing contacts:</translation>
    </message>
    <message>
        <source>Already imported, unchanged:</source>
        <translation>Already imported, unchanged:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Rejected:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>The import stopped at line %1: %2. The rows before it are saved; importing the file again continues without duplicating them.</source>
        <translation>The import stopped at line %1: %2. The rows before it are saved; importing the file again continues without duplicating them.</translation>
    </message>
    <message>
        <source>Stopped at line %1 as asked. The rows before it are saved; importing the file again adds the rest without duplicating anything.</source>
        <translation>Stopped at line %1 as asked. The rows before it are saved; importing the file again adds the rest without duplicating anything.</translation>
    </message>
    <message>
        <source>Import complete.</source>
        <translation>Import complete.</translation>
    </message>
    <message>
        <source>%1 — written to %2, fix them there and import that file</source>
        <translation>%1 — written to %2, fix them there and import that file</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New leads given to: %1</source>
        <translation>New leads given to: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ll::ui::ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>Cancel stops the import safely: the rows done so far are kept, and importing the file again later adds only what is missing.</source>
        <translation>Cancel stops the import safely: the rows done so far are kept, and importing the file again later adds only what is missing.</translation>
    </message>
    <message>
        <source>%1 rows processed</source>
        <translation>%1 rows processed</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Stopping after the rows in progress are saved…</source>
        <translation>Stopping after the rows in progress are saved…</translation>
    </message>
</context>
<context>
    <name>ll::ui::InsightPage</name>
    <message>
        <source>Under 1 hour</source>
        <translation>Under 1 hour</translation>
    </message>
    <message>
        <source>1–4 hours</source>
        <translation>1–4 hours</translation>
    </message>
    <message>
        <source>4–24 hours</source>
        <translation>4–24 hours</translation>
    </message>
    <message>
        <source>1–3 days</source>
        <translation>1–3 days</translation>
    </message>
    <message>
        <source>Over 3 days</source>
        <translation>Over 3 days</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>My customers</source>
        <translation>My customers</translation>
    </message>
    <message>
        <source>Everyone I can see</source>
        <translation>Everyone I can see</translation>
    </message>
    <message>
        <source>A manager&apos;s device holds the store&apos;s customers, an admin&apos;s the whole company&apos;s</source>
        <translation>A manager&apos;s device holds the store&apos;s customers, an admin&apos;s the whole company&apos;s</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Recount from the local data (F5)</source>
        <translation>Recount from the local data (F5)</translation>
    </message>
    <message>
        <source>Customers:</source>
        <translation>Customers:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Today&apos;s workload</source>
        <translation>Today&apos;s workload</translation>
    </message>
    <message>
        <source>Customers by stage</source>
        <translation>Customers by stage</translation>
    </message>
    <message>
        <source>Lead response time</source>
        <translation>Lead response time</translation>
    </message>
    <message>
        <source>Most used scripts</source>
        <translation>Most used scripts</translation>
    </message>
    <message>
        <source>Most used materials</source>
        <translation>Most used materials</translation>
    </message>
    <message>
        <source>Activity per guide</source>
        <translation>Activity per guide</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Follow-ups this week</source>
        <translation>Follow-ups this week</translation>
    </message>
    <message>
        <source>New leads this week</source>
        <translation>New leads this week</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>First follow-up after</source>
        <translation>First follow-up after</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Uses</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Overdue reminders</source>
        <translation>Overdue reminders</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(unassigned)</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>Some numbers could not be read: %1</source>
        <translation>Some numbers could not be read: %1</translation>
    </message>
    <message>
        <source>Reassigned contacts taken over</source>
        <translation>Reassigned contacts taken over</translation>
    </message>
    <message numerus="yes">
        <source>Customers moved to each guide by a transfer: followed up by the new guide, still waiting, or stuck (no follow-up after %n day(s))</source>
        <translation>
            <numerusform>Customers moved to each guide by a transfer: followed up by the new guide, still waiting, or stuck (no follow-up after %n day)</numerusform>
            <numerusform>Customers moved to each guide by a transfer: followed up by the new guide, still waiting, or stuck (no follow-up after %n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Receiving guide</source>
        <translation>Receiving guide</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message numerus="yes">
        <source>Stuck (no follow-up after %n day(s))</source>
        <translation>
            <numerusform>Stuck (no follow-up after %n day)</numerusform>
            <numerusform>Stuck (no follow-up after %n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>All guides</source>
        <translation>All guides</translation>
    </message>
    <message>
        <source>Take-over rate not updated: %1</source>
        <translation>Take-over rate not updated: %1</translation>
    </message>
</context>
<context>
    <name>ll::ui::LeadImportJob</name>
    <message>
        <source>An import is already running.</source>
        <translation>An import is already running.</translation>
    </message>
</context>
<context>
    <name>ll::ui::LeadImportWizard</name>
    <message>
        <source>Import leads</source>
        <translation>Import leads</translation>
    </message>
    <message>
        <source>Stop the import?</source>
        <translation>Stop the import?</translation>
    </message>
    <message>
        <source>The rows imported so far are kept. Importing the same file again later is safe: it adds only what is still missing.</source>
        <translation>The rows imported so far are kept. Importing the same file again later is safe: it adds only what is still missing.</translation>
    </message>
</context>
<context>
    <name>ll::ui::LoginDialog</name>
    <message>
        <source>Sign in to the server</source>
        <translation>Sign in to the server</translation>
    </message>
    <message>
        <source>Advanced (private servers)</source>
        <translation>Advanced (private servers)</translation>
    </message>
    <message>
        <source>Certificate authority file (PEM)</source>
        <translation>Certificate authority file (PEM)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Certificate authority</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA file:</translation>
    </message>
    <message>
        <source>Public-key pin:</source>
        <translation>Public-key pin:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>The server address must start with https://</source>
        <translation>The server address must start with https://</translation>
    </message>
    <message>
        <source>Please fill in the organisation, user name and password.</source>
        <translation>Please fill in the organisation, user name and password.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
</context>
<context>
    <name>ll::ui::MainWindow</name>
    <message>
        <source>Liuliang</source>
        <translation>Liuliang</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Scripts</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profile: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>&amp;New contact…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Add &amp;follow-up…</source>
        <translation>Add &amp;follow-up…</translation>
    </message>
    <message>
        <source>&amp;Next contact</source>
        <translation>&amp;Next contact</translation>
    </message>
    <message>
        <source>&amp;Previous contact</source>
        <translation>&amp;Previous contact</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Liuliang</source>
        <translation>&amp;About Liuliang</translation>
    </message>
    <message>
        <source>About Liuliang</source>
        <translation>About Liuliang</translation>
    </message>
    <message>
        <source>&lt;b&gt;Liuliang %1&lt;/b&gt;&lt;br&gt;Keep your customers: follow-up, tags and reminders for store guides.&lt;br&gt;Customer data is encrypted on this computer.</source>
        <translation>&lt;b&gt;Liuliang %1&lt;/b&gt;&lt;br&gt;Keep your customers: follow-up, tags and reminders for store guides.&lt;br&gt;Customer data is encrypted on this computer.</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Today (%1)</translation>
    </message>
    <message>
        <source>Leads (%1)</source>
        <translation>Leads (%1)</translation>
    </message>
    <message>
        <source>Log in from the status bar.</source>
        <translation>Log in from the status bar.</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Insight</translation>
    </message>
    <message>
        <source>&amp;Import leads…</source>
        <translation>&amp;Import leads…</translation>
    </message>
</context>
<context>
    <name>ll::ui::MaterialListModel</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Mini program</source>
        <translation>Mini program</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>Poster</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n use(s)</source>
        <translation>
            <numerusform>%1
%n use</numerusform>
            <numerusform>%1
%n uses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Used %n time(s)</source>
        <translation>
            <numerusform>Used %n time</numerusform>
            <numerusform>Used %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>Team material</source>
        <translation>Team material</translation>
    </message>
</context>
<context>
    <name>ll::ui::MaterialsPage</name>
    <message>
        <source>Search materials (pinyin works too)</source>
        <translation>Search materials (pinyin works too)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Add &amp;file…</translation>
    </message>
    <message>
        <source>Add an image, video, poster or document; or drop files on this page</source>
        <translation>Add an image, video, poster or document; or drop files on this page</translation>
    </message>
    <message>
        <source>Add &amp;link…</source>
        <translation>Add &amp;link…</translation>
    </message>
    <message>
        <source>Add &amp;mini program…</source>
        <translation>Add &amp;mini program…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy to the clipboard: the picture, the link, or the file itself</source>
        <translation>Copy to the clipboard: the picture, the link, or the file itself</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <source>Save a copy of the file where you choose</source>
        <translation>Save a copy of the file where you choose</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Links open in the browser. Files are first saved where you choose, then opened: nothing is written to a temporary folder.</source>
        <translation>Links open in the browser. Files are first saved where you choose, then opened: nothing is written to a temporary folder.</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>For customer</source>
        <translation>For customer</translation>
    </message>
    <message>
        <source>Drop files here to add them to the library.</source>
        <translation>Drop files here to add them to the library.</translation>
    </message>
    <message>
        <source>Copy material</source>
        <translation>Copy material</translation>
    </message>
    <message>
        <source>Could not list the materials: %1</source>
        <translation>Could not list the materials: %1</translation>
    </message>
    <message>
        <source>Team materials are maintained by managers; guides cannot delete them.</source>
        <translation>Team materials are maintained by managers; guides cannot delete them.</translation>
    </message>
    <message>
        <source>Delete this material</source>
        <translation>Delete this material</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Not added: %1</translation>
    </message>
    <message>
        <source>Material not added</source>
        <translation>Material not added</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>Added “%1”.</translation>
    </message>
    <message>
        <source>Add a file to the library</source>
        <translation>Add a file to the library</translation>
    </message>
    <message numerus="yes">
        <source>Added %n file(s).</source>
        <translation>
            <numerusform>Added %n file.</numerusform>
            <numerusform>Added %n files.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>Some files were not added</translation>
    </message>
    <message>
        <source>Done, but the use was not recorded: %1</source>
        <translation>Done, but the use was not recorded: %1</translation>
    </message>
    <message>
        <source>Choose a material first.</source>
        <translation>Choose a material first.</translation>
    </message>
    <message>
        <source>Mini program %1, page %2</source>
        <translation>Mini program %1, page %2</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>Not copied</translation>
    </message>
    <message>
        <source>Copied “%1”.</source>
        <translation>Copied “%1”.</translation>
    </message>
    <message>
        <source>Copied “%1” for %2 and recorded it as a follow-up.</source>
        <translation>Copied “%1” for %2 and recorded it as a follow-up.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Saved “%1” to %2.</source>
        <translation>Saved “%1” to %2.</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Not opened</translation>
    </message>
    <message>
        <source>There is nothing to open for “%1”.</source>
        <translation>There is nothing to open for “%1”.</translation>
    </message>
    <message>
        <source>Saved to %1, but no program could open it.</source>
        <translation>Saved to %1, but no program could open it.</translation>
    </message>
    <message>
        <source>Save “%1” as</source>
        <translation>Save “%1” as</translation>
    </message>
    <message>
        <source>Save “%1” to open it</source>
        <translation>Save “%1” to open it</translation>
    </message>
    <message>
        <source>Delete material</source>
        <translation>Delete material</translation>
    </message>
    <message>
        <source>Delete “%1” from the library? This cannot be undone.</source>
        <translation>Delete “%1” from the library? This cannot be undone.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Deleted “%1”.</translation>
    </message>
    <message>
        <source>Downloading “%1” from the server…</source>
        <translation>Downloading “%1” from the server…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation>Not downloaded</translation>
    </message>
    <message>
        <source>The file of “%1” is not on this computer yet and could not be downloaded: %2</source>
        <translation>The file of “%1” is not on this computer yet and could not be downloaded: %2</translation>
    </message>
</context>
<context>
    <name>ll::ui::NewContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>WeChat &amp;nickname:</source>
        <translation>WeChat &amp;nickname:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Stage:</translation>
    </message>
    <message>
        <source>A name is needed, even just a surname like 王女士.</source>
        <translation>A name is needed, even just a surname like 王女士.</translation>
    </message>
</context>
<context>
    <name>ll::ui::NotesConflictDialog</name>
    <message>
        <source>Notes edited on two devices</source>
        <translation>Notes edited on two devices</translation>
    </message>
    <message>
        <source>The notes of “%1” were changed on two devices at the same time. Both versions are kept until you decide which one stays.</source>
        <translation>The notes of “%1” were changed on two devices at the same time. Both versions are kept until you decide which one stays.</translation>
    </message>
    <message>
        <source>written earlier on this device</source>
        <translation>written earlier on this device</translation>
    </message>
    <message>
        <source>written on this device, %1</source>
        <translation>written on this device, %1</translation>
    </message>
    <message>
        <source>from device %1</source>
        <translation>from device %1</translation>
    </message>
    <message>
        <source>from device %1, %2</source>
        <translation>from device %1, %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;On this device now&lt;/b&gt;</source>
        <translation>&lt;b&gt;On this device now&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The other version&lt;/b&gt;</source>
        <translation>&lt;b&gt;The other version&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The other version&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;The other version&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>Highlighted lines are only in that version.</source>
        <translation>Highlighted lines are only in that version.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merged&lt;/b&gt; (edit freely, then save)</source>
        <translation>&lt;b&gt;Merged&lt;/b&gt; (edit freely, then save)</translation>
    </message>
    <message>
        <source>Keep this device’s</source>
        <translation>Keep this device’s</translation>
    </message>
    <message>
        <source>Keep the other</source>
        <translation>Keep the other</translation>
    </message>
    <message>
        <source>Save merged</source>
        <translation>Save merged</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decide later</translation>
    </message>
    <message>
        <source>Keep both for now (Esc)</source>
        <translation>Keep both for now (Esc)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>ll::ui::ReminderNotifier</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n reminder due</numerusform>
            <numerusform>%n reminders due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ll::ui::RuleEditDialog</name>
    <message>
        <source>Edit reminder rule</source>
        <translation>Edit reminder rule</translation>
    </message>
    <message>
        <source>New reminder rule</source>
        <translation>New reminder rule</translation>
    </message>
    <message>
        <source> days before</source>
        <translation> days before</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Every year</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Team rule (for every guide)</source>
        <translation>Team rule (for every guide)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Remind:</source>
        <translation>&amp;Remind:</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>&amp;After:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Product:</translation>
    </message>
    <message>
        <source>&amp;Holiday:</source>
        <translation>&amp;Holiday:</translation>
    </message>
    <message>
        <source>Date &amp;field:</source>
        <translation>Date &amp;field:</translation>
    </message>
    <message>
        <source>Only customers with &amp;tags:</source>
        <translation>Only customers with &amp;tags:</translation>
    </message>
    <message>
        <source>Only in &amp;stages:</source>
        <translation>Only in &amp;stages:</translation>
    </message>
    <message>
        <source>Only in s&amp;tores:</source>
        <translation>Only in s&amp;tores:</translation>
    </message>
    <message>
        <source>Suggested &amp;message:</source>
        <translation>Suggested &amp;message:</translation>
    </message>
    <message>
        <source>Every product</source>
        <translation>Every product</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) per unit)</source>
        <translation>
            <numerusform>%1 (%n day per unit)</numerusform>
            <numerusform>%1 (%n days per unit)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every holiday</source>
        <translation>Every holiday</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No suggestion</source>
        <translation>No suggestion</translation>
    </message>
    <message>
        <source> hours without contact</source>
        <translation> hours without contact</translation>
    </message>
    <message>
        <source> days without contact</source>
        <translation> days without contact</translation>
    </message>
    <message>
        <source> days after</source>
        <translation> days after</translation>
    </message>
</context>
<context>
    <name>ll::ui::RulesDialog</name>
    <message>
        <source>Reminder rules</source>
        <translation>Reminder rules</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Holidays…</source>
        <translation>&amp;Holidays…</translation>
    </message>
    <message>
        <source>Team rules apply to every guide&apos;s customers.</source>
        <translation>Team rules apply to every guide&apos;s customers.</translation>
    </message>
    <message>
        <source>Team rules are set by your manager; you can add rules of your own.</source>
        <translation>Team rules are set by your manager; you can add rules of your own.</translation>
    </message>
    <message numerus="yes">
        <source>after %n day(s) without contact</source>
        <translation>
            <numerusform>after %n day without contact</numerusform>
            <numerusform>after %n days without contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %n hour(s) without contact</source>
        <translation>
            <numerusform>after %n hour without contact</numerusform>
            <numerusform>after %n hours without contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before every holiday</source>
        <translation>
            <numerusform>%n day before every holiday</numerusform>
            <numerusform>%n days before every holiday</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before %1</source>
        <translation>
            <numerusform>%n day before %1</numerusform>
            <numerusform>%n days before %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before “%1”</source>
        <translation>
            <numerusform>%n day before “%1”</numerusform>
            <numerusform>%n days before “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n day before</numerusform>
            <numerusform>%n days before</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Me</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Delete rule</translation>
    </message>
    <message>
        <source>Delete the rule “%1”? Its reminders disappear from Today.</source>
        <translation>Delete the rule “%1”? Its reminders disappear from Today.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after a customer is handed over</source>
        <translation>
            <numerusform>%n day after a customer is handed over</numerusform>
            <numerusform>%n days after a customer is handed over</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ll::ui::ScriptEditor</name>
    <message>
        <source>Customer&apos;s name</source>
        <translation>Customer&apos;s name</translation>
    </message>
    <message>
        <source>WeChat nickname</source>
        <translation>WeChat nickname</translation>
    </message>
    <message>
        <source>Last product bought</source>
        <translation>Last product bought</translation>
    </message>
    <message>
        <source>Days since that purchase</source>
        <translation>Days since that purchase</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Store name</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Product introduction</source>
        <translation>Product introduction</translation>
    </message>
    <message>
        <source>Objection handling</source>
        <translation>Objection handling</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Run-out follow-up</source>
        <translation>Run-out follow-up</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>e.g. Welcome a new customer</source>
        <translation>e.g. Welcome a new customer</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Tags, separated by commas</translation>
    </message>
    <message>
        <source>Team script (everyone in the store can use it)</source>
        <translation>Team script (everyone in the store can use it)</translation>
    </message>
    <message>
        <source>Hello {name}, …  Insert placeholders from the menu above.</source>
        <translation>Hello {name}, …  Insert placeholders from the menu above.</translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation>Insert placeholder</translation>
    </message>
    <message>
        <source>Insert a placeholder at the cursor; it is filled from the selected customer.</source>
        <translation>Insert a placeholder at the cursor; it is filled from the selected customer.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>T&amp;ags</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Custom fields</translation>
    </message>
</context>
<context>
    <name>ll::ui::ScriptListModel</name>
    <message numerus="yes">
        <source>%1  ·  used %n time(s)</source>
        <translation>
            <numerusform>%1  ·  used %n time</numerusform>
            <numerusform>%1  ·  used %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>Team script, maintained by managers</source>
        <translation>Team script, maintained by managers</translation>
    </message>
    <message>
        <source>Your script</source>
        <translation>Your script</translation>
    </message>
</context>
<context>
    <name>ll::ui::ScriptsPage</name>
    <message>
        <source>All scripts</source>
        <translation>All scripts</translation>
    </message>
    <message>
        <source>Sensitive words…</source>
        <translation>Sensitive words…</translation>
    </message>
    <message>
        <source>The words no script may contain; managers edit the list.</source>
        <translation>The words no script may contain; managers edit the list.</translation>
    </message>
    <message>
        <source>Search scripts (pinyin works too)</source>
        <translation>Search scripts (pinyin works too)</translation>
    </message>
    <message>
        <source>&amp;New script</source>
        <translation>&amp;New script</translation>
    </message>
    <message>
        <source>Write a new script</source>
        <translation>Write a new script</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the script</source>
        <translation>Save the script</translation>
    </message>
    <message>
        <source>&amp;Copy for customer</source>
        <translation>&amp;Copy for customer</translation>
    </message>
    <message>
        <source>Preview for</source>
        <translation>Preview for</translation>
    </message>
    <message>
        <source>Save script</source>
        <translation>Save script</translation>
    </message>
    <message>
        <source>Copy for customer</source>
        <translation>Copy for customer</translation>
    </message>
    <message>
        <source>Could not list the scripts: %1</source>
        <translation>Could not list the scripts: %1</translation>
    </message>
    <message>
        <source>Could not open the script: %1</source>
        <translation>Could not open the script: %1</translation>
    </message>
    <message>
        <source>Team script: managers maintain it. You can preview and copy it, not change it.</source>
        <translation>Team script: managers maintain it. You can preview and copy it, not change it.</translation>
    </message>
    <message>
        <source>Another guide&apos;s script: you can preview and copy it, not change it.</source>
        <translation>Another guide&apos;s script: you can preview and copy it, not change it.</translation>
    </message>
    <message>
        <source>Unknown placeholders: %1. They cannot be filled in for a customer; check the spelling or add the custom field first.</source>
        <translation>Unknown placeholders: %1. They cannot be filled in for a customer; check the spelling or add the custom field first.</translation>
    </message>
    <message>
        <source>Sensitive words: %1. The script cannot be saved or copied with them.</source>
        <translation>Sensitive words: %1. The script cannot be saved or copied with them.</translation>
    </message>
    <message>
        <source>Pick a customer to see the message as they will get it.</source>
        <translation>Pick a customer to see the message as they will get it.</translation>
    </message>
    <message>
        <source>Team scripts are maintained by managers; guides cannot change them.</source>
        <translation>Team scripts are maintained by managers; guides cannot change them.</translation>
    </message>
    <message>
        <source>Delete this script</source>
        <translation>Delete this script</translation>
    </message>
    <message>
        <source>Save the script first</source>
        <translation>Save the script first</translation>
    </message>
    <message>
        <source>Copy the personalised message and record it as a follow-up</source>
        <translation>Copy the personalised message and record it as a follow-up</translation>
    </message>
    <message>
        <source>Pick a customer first: the placeholders are filled from their details</source>
        <translation>Pick a customer first: the placeholders are filled from their details</translation>
    </message>
    <message>
        <source>Not saved: the script contains sensitive words.</source>
        <translation>Not saved: the script contains sensitive words.</translation>
    </message>
    <message>
        <source>Script not saved</source>
        <translation>Script not saved</translation>
    </message>
    <message>
        <source>The script was not saved.

%1</source>
        <translation>The script was not saved.

%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Script “%1” added.</source>
        <translation>Script “%1” added.</translation>
    </message>
    <message>
        <source>Script “%1” saved.</source>
        <translation>Script “%1” saved.</translation>
    </message>
    <message>
        <source>Delete script</source>
        <translation>Delete script</translation>
    </message>
    <message>
        <source>Delete the script “%1”? This cannot be undone.</source>
        <translation>Delete the script “%1”? This cannot be undone.</translation>
    </message>
    <message>
        <source>Script not deleted</source>
        <translation>Script not deleted</translation>
    </message>
    <message>
        <source>Script “%1” deleted.</source>
        <translation>Script “%1” deleted.</translation>
    </message>
    <message>
        <source>Choose or save a script first.</source>
        <translation>Choose or save a script first.</translation>
    </message>
    <message>
        <source>Pick a customer first: the placeholders are filled from their details.</source>
        <translation>Pick a customer first: the placeholders are filled from their details.</translation>
    </message>
    <message>
        <source>Not copied: %1</source>
        <translation>Not copied: %1</translation>
    </message>
    <message>
        <source>Message not copied</source>
        <translation>Message not copied</translation>
    </message>
    <message>
        <source>Not copied: the message contains sensitive words.</source>
        <translation>Not copied: the message contains sensitive words.</translation>
    </message>
    <message>
        <source>Nothing was copied.

%1</source>
        <translation>Nothing was copied.

%1</translation>
    </message>
    <message>
        <source>Copied the message for %1 and recorded it as a follow-up.</source>
        <translation>Copied the message for %1 and recorded it as a follow-up.</translation>
    </message>
    <message>
        <source>Copied and recorded; the reminders will update later (%1).</source>
        <translation>Copied and recorded; the reminders will update later (%1).</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>You changed this script. Save the changes?</source>
        <translation>You changed this script. Save the changes?</translation>
    </message>
    <message>
        <source>You changed the script “%1”. Save the changes?</source>
        <translation>You changed the script “%1”. Save the changes?</translation>
    </message>
</context>
<context>
    <name>ll::ui::SensitiveWordsDialog</name>
    <message>
        <source>Sensitive words</source>
        <translation>Sensitive words</translation>
    </message>
    <message>
        <source>Scripts containing these words cannot be saved or copied. Chinese words match anywhere, English words as whole words; case, full-width and traditional forms are ignored.</source>
        <translation>Scripts containing these words cannot be saved or copied. Chinese words match anywhere, English words as whole words; case, full-width and traditional forms are ignored.</translation>
    </message>
    <message>
        <source>New word, e.g. 加微信 or cashback</source>
        <translation>New word, e.g. 加微信 or cashback</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Only managers and admins can change the team&apos;s sensitive words.</source>
        <translation>Only managers and admins can change the team&apos;s sensitive words.</translation>
    </message>
</context>
<context>
    <name>ll::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Lock after no use for:</source>
        <translation>Lock after no use for:</translation>
    </message>
    <message>
        <source>“Not contacted for a long time” means:</source>
        <translation>“Not contacted for a long time” means:</translation>
    </message>
    <message>
        <source>Show a desktop notification when a reminder becomes due</source>
        <translation>Show a desktop notification when a reminder becomes due</translation>
    </message>
</context>
<context>
    <name>ll::ui::SuggestedScriptDialog</name>
    <message>
        <source>This reminder&apos;s rule suggests no script.</source>
        <translation>This reminder&apos;s rule suggests no script.</translation>
    </message>
    <message>
        <source>Suggested message for %1</source>
        <translation>Suggested message for %1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ll::ui::SyncController</name>
    <message>
        <source>Sync cannot start: the store could not be opened a second time.</source>
        <translation>Sync cannot start: the store could not be opened a second time.</translation>
    </message>
    <message>
        <source>Sync is not available for this profile.</source>
        <translation>Sync is not available for this profile.</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached. Your changes are kept and sent when the network is back.</source>
        <translation>Offline: the server cannot be reached. Your changes are kept and sent when the network is back.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate was not accepted, so nothing was sent. Check the server address, or ask whoever runs the server.</source>
        <translation>The server&apos;s security certificate was not accepted, so nothing was sent. Check the server address, or ask whoever runs the server.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>Your sign-in has expired. Please sign in again.</translation>
    </message>
    <message>
        <source>This account was disabled.</source>
        <translation>This account was disabled.</translation>
    </message>
    <message>
        <source>The server could not complete the sync. It will be tried again later.</source>
        <translation>The server could not complete the sync. It will be tried again later.</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Sync cancelled.</translation>
    </message>
    <message>
        <source>The local data could not be updated (is the disk full?).</source>
        <translation>The local data could not be updated (is the disk full?).</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <source>Save the profile (Ctrl+S also syncs)</source>
        <translation>Save the profile (Ctrl+S also syncs)</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Sign &amp;in…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
</context>
<context>
    <name>ll::ui::SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Sync with the server (Ctrl+S)</source>
        <translation>Sync with the server (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Sign in…</translation>
    </message>
    <message>
        <source>Not signed in to a server</source>
        <translation>Not signed in to a server</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synced %1</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synced</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n change waiting to sync</numerusform>
            <numerusform>%n changes waiting to sync</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing… %1 of %2</source>
        <translation>Syncing… %1 of %2</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>Offline — %n change waiting</numerusform>
            <numerusform>Offline — %n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Notes edited on two devices: review them</source>
        <translation>Notes edited on two devices: review them</translation>
    </message>
    <message numerus="yes">
        <source>%n notes conflict(s)</source>
        <translation>
            <numerusform>%n notes conflict</numerusform>
            <numerusform>%n notes conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ll::ui::TagEditor</name>
    <message>
        <source>Add a tag… (Enter)</source>
        <translation>Add a tag… (Enter)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected tags (Delete)</source>
        <translation>Remove the selected tags (Delete)</translation>
    </message>
</context>
<context>
    <name>ll::ui::TagFilterPanel</name>
    <message>
        <source>&lt;b&gt;Tags&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tags&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All</source>
        <comment>match all checked tags (AND)</comment>
        <translation>All</translation>
    </message>
    <message>
        <source>Contacts that have every checked tag (AND)</source>
        <translation>Contacts that have every checked tag (AND)</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>match any checked tag (OR)</comment>
        <translation>Any</translation>
    </message>
    <message>
        <source>Contacts that have at least one checked tag (OR)</source>
        <translation>Contacts that have at least one checked tag (OR)</translation>
    </message>
</context>
<context>
    <name>ll::ui::TeamPage</name>
    <message>
        <source>Not logged in.</source>
        <translation>Not logged in.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the network and try again.</source>
        <translation>Cannot reach the server. Check the network and try again.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused.</source>
        <translation>The server&apos;s certificate was refused.</translation>
    </message>
    <message>
        <source>Your login has expired: please log in again.</source>
        <translation>Your login has expired: please log in again.</translation>
    </message>
    <message>
        <source>You are not allowed to do this (%1).</source>
        <translation>You are not allowed to do this (%1).</translation>
    </message>
    <message>
        <source>It no longer exists on the server.</source>
        <translation>It no longer exists on the server.</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>The server refused the request (%1).</translation>
    </message>
    <message>
        <source>The server had a problem; try again later.</source>
        <translation>The server had a problem; try again later.</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>moved</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation>Log in…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
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
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Only stuck: no follow-up after</source>
        <translation>Only stuck: no follow-up after</translation>
    </message>
    <message>
        <source>Mark selected reviewed</source>
        <translation>Mark selected reviewed</translation>
    </message>
    <message>
        <source>Mark all reviewed</source>
        <translation>Mark all reviewed</translation>
    </message>
    <message>
        <source>Reassign failed again</source>
        <translation>Reassign failed again</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Follow-ups this week</source>
        <translation>Follow-ups this week</translation>
    </message>
    <message>
        <source>Overdue reminders</source>
        <translation>Overdue reminders</translation>
    </message>
    <message>
        <source>Depart staff…</source>
        <translation>Depart staff…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Failed customers of the selected transfers go to this guide.</source>
        <translation>Failed customers of the selected transfers go to this guide.</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Review queue</translation>
    </message>
    <message>
        <source>Team overview</source>
        <translation>Team overview</translation>
    </message>
    <message>
        <source>Customers handed to you</source>
        <translation>Customers handed to you</translation>
    </message>
    <message>
        <source>The Team page is where store managers review customers handed from one guide to another, see each guide&apos;s workload and handle departures; guides see the customers handed to them. It needs the company server: log in first (also from the status bar).</source>
        <translation>The Team page is where store managers review customers handed from one guide to another, see each guide&apos;s workload and handle departures; guides see the customers handed to them. It needs the company server: log in first (also from the status bar).</translation>
    </message>
    <message>
        <source>Customers reassigned in your team, and how soon their new guide followed up.</source>
        <translation>Customers reassigned in your team, and how soon their new guide followed up.</translation>
    </message>
    <message>
        <source>Customers handed to you by your manager. Reach out to them soon.</source>
        <translation>Customers handed to you by your manager. Reach out to them soon.</translation>
    </message>
    <message>
        <source>the guide first planned</source>
        <translation>the guide first planned</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>customer %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>after %1</translation>
    </message>
    <message>
        <source>not yet (%1)</source>
        <translation>not yet (%1)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 — taken over from %2 on %3</source>
        <translation>%1 — taken over from %2 on %3</translation>
    </message>
    <message>
        <source>No customers have been handed to you.</source>
        <translation>No customers have been handed to you.</translation>
    </message>
    <message>
        <source>Select failed customers to reassign them again.</source>
        <translation>Select failed customers to reassign them again.</translation>
    </message>
</context>
<context>
    <name>ll::ui::TodayPage</name>
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
        <translation>%1 — %2, never contacted</translation>
    </message>
    <message>
        <source>&lt;b&gt;New leads not contacted yet&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;New leads not contacted yet&lt;/b&gt; (%1)</translation>
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
        <translation>Nothing waiting. Well done.</translation>
    </message>
    <message>
        <source>Everyone has heard from you recently.</source>
        <translation>Everyone has heard from you recently.</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>Snooze until</translation>
    </message>
    <message>
        <source>&amp;Reminder rules…</source>
        <translation>&amp;Reminder rules…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>Mark as done (D)</source>
        <translation>Mark as done (D)</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow</source>
        <translation>Until &amp;tomorrow</translation>
    </message>
    <message>
        <source>For &amp;3 days</source>
        <translation>For &amp;3 days</translation>
    </message>
    <message>
        <source>For a &amp;week</source>
        <translation>For a &amp;week</translation>
    </message>
    <message>
        <source>Until a &amp;date…</source>
        <translation>Until a &amp;date…</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Snooze</translation>
    </message>
    <message>
        <source>Remind me later (S)</source>
        <translation>Remind me later (S)</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>D&amp;ismiss</translation>
    </message>
    <message>
        <source>&amp;Open customer</source>
        <translation>&amp;Open customer</translation>
    </message>
    <message>
        <source>Open the customer (Enter)</source>
        <translation>Open the customer (Enter)</translation>
    </message>
    <message>
        <source>Suggested &amp;message…</source>
        <translation>Suggested &amp;message…</translation>
    </message>
    <message>
        <source>Show the rule&apos;s suggested message for this customer; C copies it directly</source>
        <translation>Show the rule&apos;s suggested message for this customer; C copies it directly</translation>
    </message>
    <message>
        <source>The reminders of this customer could not be updated: %1</source>
        <translation>The reminders of this customer could not be updated: %1</translation>
    </message>
    <message>
        <source>Reminders could not be regenerated: %1</source>
        <translation>Reminders could not be regenerated: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reminders could not be loaded: %1</source>
        <translation>Reminders could not be loaded: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No reminders due. Add rules with “Reminder rules…”.</source>
        <translation>No reminders due. Add rules with “Reminder rules…”.</translation>
    </message>
    <message>
        <source>Copied the message for %1.</source>
        <translation>Copied the message for %1.</translation>
    </message>
    <message>
        <source>This reminder&apos;s rule suggests no message.</source>
        <translation>This reminder&apos;s rule suggests no message.</translation>
    </message>
</context>
<context>
    <name>ll::ui::TrayIcon</name>
    <message>
        <source>Open Liuliang</source>
        <translation>Open Liuliang</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Liuliang — locked</source>
        <translation>Liuliang — locked</translation>
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
        <translation>Unlock Liuliang</translation>
    </message>
    <message>
        <source>Your customer data is locked.</source>
        <translation>Your customer data is locked.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Use &amp;keychain</source>
        <translation>Use &amp;keychain</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>This profile has no key file. It cannot be unlocked here.</source>
        <translation>This profile has no key file. It cannot be unlocked here.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Type your passphrase.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Asking the keychain…</source>
        <translation>Asking the keychain…</translation>
    </message>
    <message>
        <source>That passphrase is not right. Check Caps Lock and the input method (中/英), then try again.</source>
        <translation>That passphrase is not right. Check Caps Lock and the input method (中/英), then try again.</translation>
    </message>
    <message>
        <source>The keychain did not give the key (%1). Type your passphrase instead.</source>
        <translation>The keychain did not give the key (%1). Type your passphrase instead.</translation>
    </message>
    <message>
        <source>The keychain did not give the key (%1). Log in to your desktop keyring and try again.</source>
        <translation>The keychain did not give the key (%1). Log in to your desktop keyring and try again.</translation>
    </message>
    <message>
        <source>Cannot open the profile: %1</source>
        <translation>Cannot open the profile: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Liuliang: customers, tags and follow-ups for store guides.</source>
        <translation>Liuliang: customers, tags and follow-ups for store guides.</translation>
    </message>
    <message>
        <source>Use the profile in &lt;dir&gt;.</source>
        <translation>Use the profile in &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
</context>
</TS>
