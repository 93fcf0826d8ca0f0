/**
 * The properties SharePoint Online's metadata types define (scalar and navigation), as PnPjs's
 * IWebInfo/IListInfo/IViewInfo and SharePoint's REST reference name them. `$select` of a name
 * outside these sets is SharePoint's 400 ("The property 'X' does not exist on type 'SP.List'");
 * a name inside them that the stand-in does not serve is refused as the stand-in's own limit, so
 * a misspelt property fails here as it would against SharePoint Online, never silently.
 */

const SECURABLE = ['EffectiveBasePermissions', 'FirstUniqueAncestorSecurableObject', 'HasUniqueRoleAssignments', 'RoleAssignments'];

const WEB = [
  'AccessRequestListUrl', 'AccessRequestSiteDescription', 'AllowRssFeeds', 'AlternateCssUrl', 'AppInstanceId', 'ClassicWelcomePage',
  'Configuration', 'Created', 'CurrentChangeToken', 'CustomMasterUrl', 'Description', 'DesignPackageId',
  'DocumentLibraryCalloutOfficeWebAppPreviewersDisabled', 'EnableMinimalDownload', 'FooterEmphasis', 'FooterEnabled', 'FooterLayout',
  'HeaderEmphasis', 'HeaderLayout', 'HideTitleInHeader', 'HorizontalQuickLaunch', 'Id', 'IsHomepageModernized', 'IsMultilingual',
  'IsRevertHomepageLinkHidden', 'Language', 'LastItemModifiedDate', 'LastItemUserModifiedDate', 'LogoAlignment', 'MasterUrl',
  'MegaMenuEnabled', 'NavAudienceTargetingEnabled', 'NoCrawl', 'ObjectCacheEnabled', 'OverwriteTranslationsOnChange',
  'QuickLaunchEnabled', 'RecycleBinEnabled', 'ResourcePath', 'SearchScope', 'ServerRelativeUrl', 'SiteLogoUrl', 'SyndicationEnabled',
  'TenantAdminMembersCanShare', 'Title', 'TreeViewEnabled', 'UIVersion', 'UIVersionConfigurationEnabled', 'Url', 'WebTemplate', 'WelcomePage',
  // navigation properties
  'AllProperties', 'AssociatedMemberGroup', 'AssociatedOwnerGroup', 'AssociatedVisitorGroup', 'AvailableContentTypes', 'AvailableFields',
  'ContentTypes', 'CurrentUser', 'EventReceivers', 'Features', 'Fields', 'Folders', 'Lists', 'ListTemplates', 'Navigation', 'ParentWeb',
  'RegionalSettings', 'RoleDefinitions', 'RootFolder', 'SiteGroups', 'SiteUserInfoList', 'SiteUsers', 'ThemeInfo', 'UserCustomActions',
  'Webs', 'WorkflowAssociations', 'WorkflowTemplates',
  ...SECURABLE
];

const LIST = [
  'AllowContentTypes', 'AllowDeletion', 'BaseTemplate', 'BaseType', 'BrowserFileHandling', 'ContentTypesEnabled', 'CrawlNonDefaultViews',
  'Created', 'CurrentChangeToken', 'CustomActionElements', 'DataSource', 'DefaultContentApprovalWorkflowId', 'DefaultDisplayFormUrl',
  'DefaultEditFormUrl', 'DefaultItemOpenUseListSetting', 'DefaultNewFormUrl', 'DefaultViewPath', 'DefaultViewUrl', 'Description', 'Direction',
  'DocumentTemplateUrl', 'DraftVersionVisibility', 'EffectiveBasePermissionsForUI', 'EnableAssignToEmail', 'EnableAttachments',
  'EnableFolderCreation', 'EnableMinorVersions', 'EnableModeration', 'EnableRequestSignOff', 'EnableVersioning', 'EntityTypeName',
  'ExcludeFromOfflineClient', 'ExemptFromBlockDownloadOfNonViewableFiles', 'FileSavePostProcessingEnabled', 'ForceCheckout',
  'HasExternalDataSource', 'Hidden', 'Id', 'ImagePath', 'ImageUrl', 'IrmEnabled', 'IrmExpire', 'IrmReject', 'IsApplicationList', 'IsCatalog',
  'IsPrivate', 'IsSiteAssetsLibrary', 'IsSystemList', 'ItemCount', 'LastItemDeletedDate', 'LastItemModifiedDate', 'LastItemUserModifiedDate',
  'ListExperienceOptions', 'ListItemEntityTypeFullName', 'MajorVersionLimit', 'MajorWithMinorVersionsLimit', 'MultipleDataList', 'NoCrawl',
  'OnQuickLaunch', 'ParentWebPath', 'ParentWebUrl', 'ParserDisabled', 'ReadSecurity', 'SchemaXml', 'ServerTemplateCanCreateFolders',
  'TemplateFeatureId', 'Title', 'ValidationFormula', 'ValidationMessage', 'WriteSecurity',
  // navigation properties
  'ContentTypes', 'CreatablesInfo', 'DefaultView', 'DescriptionResource', 'EventReceivers', 'Fields', 'Forms', 'InformationRightsManagementSettings',
  'Items', 'ParentWeb', 'RootFolder', 'Subscriptions', 'TitleResource', 'UserCustomActions', 'Views', 'WorkflowAssociations',
  ...SECURABLE
];

const VIEW = [
  'Aggregations', 'AggregationsStatus', 'AssociatedContentTypeId', 'BaseViewId', 'CalendarViewStyles', 'ColumnWidth', 'ContentTypeId',
  'CustomFormatter', 'DefaultView', 'DefaultViewForContentType', 'EditorModified', 'Formats', 'GridLayout', 'Hidden', 'HtmlSchemaXml', 'Id',
  'ImageUrl', 'IncludeRootFolder', 'JSLink', 'ListViewXml', 'Method', 'MobileDefaultView', 'MobileView', 'ModerationType',
  'NewDocumentTemplates', 'OrderedView', 'Paged', 'PersonalView', 'ReadOnlyView', 'RequiresClientIntegration', 'RowLimit', 'Scope',
  'ServerRelativePath', 'ServerRelativeUrl', 'StyleId', 'TabularView', 'Threaded', 'Title', 'Toolbar', 'ToolbarTemplateName', 'ViewData',
  'ViewJoins', 'ViewProjectedFields', 'ViewQuery', 'ViewType', 'ViewType2', 'VisualizationInfo',
  // navigation properties
  'ViewFields'
];

const ROLE_ASSIGNMENT = ['PrincipalId', 'Member', 'RoleDefinitionBindings'];

function lowerSet(names: readonly string[]): ReadonlySet<string> {
  return new Set(names.map((name) => name.toLowerCase()));
}

export const SHAREPOINT_TYPE_PROPERTIES: Readonly<Record<'SP.Web' | 'SP.List' | 'SP.View' | 'SP.RoleAssignment', ReadonlySet<string>>> = {
  'SP.Web': lowerSet(WEB),
  'SP.List': lowerSet(LIST),
  'SP.View': lowerSet(VIEW),
  'SP.RoleAssignment': lowerSet(ROLE_ASSIGNMENT)
};
